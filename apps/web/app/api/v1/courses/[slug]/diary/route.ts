import { listDiaryEntries } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { stepParams, type TRouteContext } from "@/server/params";

/** GET /api/v1/courses/{slug}/diary — the caller's own diary entries in this course. */
export const GET = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const { slug } = await stepParams(params);
  return jsonResponse({ entries: await listDiaryEntries({ db: getDb(), userId: user.id, slug }) });
});
