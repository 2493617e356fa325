import { z } from "zod";

const ZTag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(32, "A tag has at most 32 characters")
  .regex(/^[\p{L}\p{N}_-]+$/u, "A tag holds letters, digits, '-' and '_'");

const ZContent = z.string().trim().min(1, "Write something").max(4000, "At most 4000 characters");
const ZTags = z.array(ZTag).max(10, "At most 10 tags");

export const ZNoteInput = z.strictObject({
  studentId: z.uuid(),
  courseId: z.uuid().nullable().optional(),
  content: ZContent,
  tags: ZTags.default([]),
  visibleToStudent: z.boolean().default(false),
});
export type TNoteInput = z.infer<typeof ZNoteInput>;

// No defaults here: a PATCH that leaves a field out must keep it, not reset it.
export const ZNoteUpdate = z
  .strictObject({
    content: ZContent.optional(),
    tags: ZTags.optional(),
    visibleToStudent: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Nothing to change");
export type TNoteUpdate = z.infer<typeof ZNoteUpdate>;

export const ZNoteTag = ZTag;
