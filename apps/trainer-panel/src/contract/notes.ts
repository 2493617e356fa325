import { ZNoteInput, ZNoteTag, ZNoteUpdate } from "@gafus/core";
import { defineOperation } from "@gafus/http";
import { z } from "zod";
import { ZJsonDate } from "@gafus/http";
import { ZIdParams } from "./params";

const tags = ["notes"];
const ZNoteFields = {
  id: z.uuid(),
  content: z.string(),
  tags: z.array(z.string()),
  visibleToStudent: z.boolean(),
};

export const listStudentNotesOp = defineOperation({
  method: "GET",
  path: "/trainer/api/notes",
  summary: "The caller's notes about one of their students, optionally with one tag",
  tags,
  auth: "user",
  // An empty `tag=` (the filter's "all" link) filters nothing, as it always did.
  query: z.object({ studentId: z.uuid(), tag: z.union([z.literal(""), ZNoteTag]).optional() }),
  response: z.object({
    student: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    courses: z.array(z.object({ id: z.uuid(), title: z.string() })),
    notes: z.array(
      z.object({
        ...ZNoteFields,
        createdAt: ZJsonDate,
        updatedAt: ZJsonDate,
        authorId: z.uuid(),
        author: z.object({ name: z.string() }),
        course: z.object({ id: z.uuid(), title: z.string() }).nullable(),
      }),
    ),
    tags: z.array(z.string()),
  }),
});

export const createNoteOp = defineOperation({
  method: "POST",
  path: "/trainer/api/notes",
  summary: "A note about one of the caller's students (optionally on a course, optionally shared with them)",
  tags,
  auth: "user",
  body: ZNoteInput,
  response: z.object({ ...ZNoteFields, createdAt: ZJsonDate, courseId: z.uuid().nullable() }),
  status: 201,
});

export const updateNoteOp = defineOperation({
  method: "PATCH",
  path: "/trainer/api/notes/{id}",
  summary: "Change content, tags or visibility (the note's author only)",
  tags,
  auth: "user",
  params: ZIdParams,
  body: ZNoteUpdate,
  response: z.object({ ...ZNoteFields, updatedAt: ZJsonDate }),
});

export const deleteNoteOp = defineOperation({
  method: "DELETE",
  path: "/trainer/api/notes/{id}",
  summary: "Delete a note (the note's author only)",
  tags,
  auth: "user",
  params: ZIdParams,
  status: 204,
});
