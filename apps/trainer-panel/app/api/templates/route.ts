import { listStepTemplates } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { z } from "zod";
import { apiRoute } from "@/server/api";
import { requirePanelUser } from "@/modules/authoring/route-helpers";

const ZCategory = z.string().trim().min(1).max(60).optional();

/** GET /trainer/api/templates?category= — built-in templates and the caller's own, with every category. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requirePanelUser(request);
  const parsed = ZCategory.safeParse(new URL(request.url).searchParams.get("category") ?? undefined);
  const category = parsed.success ? parsed.data : undefined;
  return jsonResponse(await listStepTemplates({ db: getDb(), actor: user, category }));
});
