import { z } from "zod";

const ZTag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(32, "A tag has at most 32 characters")
  .regex(/^[\p{L}\p{N}_-]+$/u, "A tag holds letters, digits, '-' and '_'");

export const ZNoteInput = z.strictObject({
  studentId: z.uuid(),
  courseId: z.uuid().nullable().optional(),
  content: z.string().trim().min(1, "Write something").max(4000, "At most 4000 characters"),
  tags: z.array(ZTag).max(10, "At most 10 tags").default([]),
  visibleToStudent: z.boolean().default(false),
});
export type TNoteInput = z.infer<typeof ZNoteInput>;

export const ZNoteUpdate = ZNoteInput.pick({ content: true, tags: true, visibleToStudent: true })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to change");
export type TNoteUpdate = z.infer<typeof ZNoteUpdate>;

export const ZNoteTag = ZTag;
