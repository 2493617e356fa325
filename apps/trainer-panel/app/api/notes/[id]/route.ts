import { deleteNote, updateNote, ZNoteUpdate } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

type TParams = { params: Promise<{ id: string }> };

/** PATCH /trainer/api/notes/{id} — change content, tags or visibility (the note's author only). */
export const PATCH = apiRoute(async (request: Request, { params }: TParams) => {
  const user = await requireApiUser(request);
  const { id } = await params;
  const update = await readJsonBody(request, ZNoteUpdate);
  return jsonResponse(await updateNote({ db: getDb(), actor: user, noteId: id, update }));
});

/** DELETE /trainer/api/notes/{id} — the note's author only; 204. */
export const DELETE = apiRoute(async (request: Request, { params }: TParams) => {
  const user = await requireApiUser(request);
  const { id } = await params;
  await deleteNote({ db: getDb(), actor: user, noteId: id });
  return new Response(null, { status: 204 });
});
