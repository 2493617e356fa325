import { z } from "zod";

const ZDate = z.iso.date("Use the format YYYY-MM-DD");

const petFields = {
  name: z.string().trim().min(1, "Enter the pet's name").max(60),
  type: z.enum(["DOG", "CAT", "OTHER"]),
  breed: z.string().trim().max(80),
  birthDate: ZDate.nullable(),
  notes: z.string().trim().max(2000),
};

export const ZPetInput = z.strictObject({
  ...petFields,
  type: petFields.type.default("DOG"),
  breed: petFields.breed.default(""),
  birthDate: petFields.birthDate.optional(),
  notes: petFields.notes.default(""),
});
// Built from the fields without defaults: with .partial() on ZPetInput, zod 4 would still fill in the defaults and a
// PATCH of the name alone would reset the breed, the notes and the species.
export const ZPetUpdate = z.strictObject(petFields).partial();

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

export const toDate = (value: string | null | undefined) =>
  value ? new Date(`${value}T00:00:00Z`) : value === null ? null : undefined;
