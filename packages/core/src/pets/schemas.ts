import { z } from "zod";

const ZDate = z.iso.date("Use the format YYYY-MM-DD");

export const ZPetInput = z.strictObject({
  name: z.string().trim().min(1, "Enter the pet's name").max(60),
  type: z.enum(["DOG", "CAT", "OTHER"]).default("DOG"),
  breed: z.string().trim().max(80).default(""),
  birthDate: ZDate.nullable().optional(),
  notes: z.string().trim().max(2000).default(""),
});
export const ZPetUpdate = ZPetInput.partial();

export const ZPreventionInput = z.strictObject({
  kind: z.enum(["VACCINATION", "DEWORMING", "TICKS_FLEAS", "OTHER"]),
  title: z.string().trim().min(1, "Say what was done").max(120),
  date: ZDate,
  nextDueAt: ZDate.nullable().optional(),
  notes: z.string().trim().max(1000).default(""),
});

export type TPetInput = z.infer<typeof ZPetInput>;
export type TPetUpdate = z.infer<typeof ZPetUpdate>;
export type TPreventionInput = z.infer<typeof ZPreventionInput>;

export const toDate = (value: string | null | undefined) => (value ? new Date(`${value}T00:00:00Z`) : value === null ? null : undefined);
