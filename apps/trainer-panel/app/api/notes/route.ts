import { createNote, listStudentNotes, ZNoteInput, ZNoteTag } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { AppError } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { z } from "zod";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /trainer/api/notes?studentId=…&tag=… — the caller's notes about one of their students. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const url = new URL(request.url);
  const studentId = z.uuid().safeParse(url.searchParams.get("studentId"));
  if (!studentId.success) throw new AppError("validation_failed", "studentId must be a student's id.");
  const tagParam = url.searchParams.get("tag");
  const tag = tagParam ? ZNoteTag.safeParse(tagParam) : null;
  if (tag && !tag.success) throw new AppError("validation_failed", "Not a valid tag.");
  return jsonResponse(await listStudentNotes({ db: getDb(), actor: user, studentId: studentId.data, tag: tag?.data }));
});

/** POST /trainer/api/notes — { studentId, courseId?, content, tags, visibleToStudent } → 201. */
export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const input = await readJsonBody(request, ZNoteInput);
  return jsonResponse(await createNote({ db: getDb(), actor: user, input }), 201);
});
