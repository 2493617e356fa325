import { enrollInCourse } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { z } from "zod";
import { apiRoute, requireApiUser } from "@/server/api";
import { stepParams, type TRouteContext } from "@/server/params";

const ZEnroll = z.strictObject({ petId: z.uuid().nullable().optional() });

/** POST /api/v1/courses/{slug}/enrollment — enroll (again: change the pet). */
export const POST = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const { slug } = await stepParams(params);
  const { petId } = await readJsonBody(request, ZEnroll);
  const enrollment = await enrollInCourse({ db: getDb(), viewer: user, slug, petId });
  return jsonResponse(
    { enrollment: { id: enrollment.id, petId: enrollment.petId, createdAt: enrollment.createdAt } },
    201,
  );
});
