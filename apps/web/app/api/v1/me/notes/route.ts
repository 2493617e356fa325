import { listVisibleNotes } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /api/v1/me/notes — notes trainers shared with the caller (visibleToStudent only), newest first. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse({ notes: await listVisibleNotes({ db: getDb(), userId: user.id }) });
});
