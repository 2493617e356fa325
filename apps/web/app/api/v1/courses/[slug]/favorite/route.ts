import { setFavorite } from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { z } from "zod";
import { apiRoute, requireApiUser } from "@/server/api";
import { stepParams, type TRouteContext } from "@/server/params";

/** PUT /api/v1/courses/{slug}/favorite — { favorite: true | false }. */
export const PUT = apiRoute(async (request: Request, { params }: TRouteContext) => {
  const user = await requireApiUser(request);
  const { slug } = await stepParams(params);
  const { favorite } = await readJsonBody(request, z.strictObject({ favorite: z.boolean() }));
  return jsonResponse(await setFavorite({ db: getDb(), viewer: user, slug, favorite }));
});
