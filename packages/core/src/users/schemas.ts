import { PASSWORD_MAX, PASSWORD_MIN } from "@gafus/auth/password";
import { z } from "zod";

export const LOCALES = ["ru", "en"] as const;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const ZName = z.string().trim().min(1, "Enter your name").max(80, "At most 80 characters");
const ZTimezone = z.string().max(64).refine(isTimeZone, "Unknown time zone");

export const ZRegisterInput = z.strictObject({
  email: z
    .email("Enter a valid email address")
    .max(254)
    .transform((v) => v.trim().toLowerCase()),
  password: z
    .string()
    .min(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters`),
  name: ZName,
  locale: z.enum(LOCALES).optional(),
  timezone: ZTimezone.optional(),
});

export const ZProfileUpdate = z
  .strictObject({ name: ZName, locale: z.enum(LOCALES), timezone: ZTimezone })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change");

export const ZProfile = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(["USER", "TRAINER", "MODERATOR", "ADMIN"]),
  locale: z.enum(LOCALES),
  timezone: z.string(),
});

export type TRegisterInput = z.infer<typeof ZRegisterInput>;
export type TProfileUpdate = z.infer<typeof ZProfileUpdate>;
export type TProfile = z.infer<typeof ZProfile>;
