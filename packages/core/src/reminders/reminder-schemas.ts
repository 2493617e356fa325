import { z } from "zod";
import { isTimeZone } from "../users/schemas";

export const ZReminderInput = z.strictObject({
  title: z.string().trim().min(1).max(100),
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  daysOfWeek: z
    .array(z.number().int().min(1).max(7))
    .min(1, "choose at least one day")
    .max(7)
    .refine((days) => new Set(days).size === days.length, "each day once"),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM (24 h)"),
  timezone: z.string().refine(isTimeZone, "unknown time zone").optional(),
  courseId: z.uuid().nullable().optional(),
  enabled: z.boolean().default(true),
});
export type TReminderInput = z.infer<typeof ZReminderInput>;

export const REMINDER_SELECT = {
  id: true,
  title: true,
  daysOfWeek: true,
  time: true,
  timezone: true,
  enabled: true,
  nextRunAt: true,
  course: { select: { id: true, slug: true, title: true } },
} as const;
