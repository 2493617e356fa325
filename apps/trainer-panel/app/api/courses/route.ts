import { createCourse, ZCourseInput } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute } from "@/server/api";
import { requirePanelUser } from "@/modules/authoring/route-helpers";

/** POST /trainer/api/courses — a new unpublished course of the caller's. */
export const POST = apiRoute(async (request: Request) => {
  const user = await requirePanelUser(request);
  const input = await readJsonBody(request, ZCourseInput);
  return jsonResponse({ course: await createCourse({ db: getDb(), actor: user, input }) }, 201);
});
