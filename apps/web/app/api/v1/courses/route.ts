import { listCatalog, parseOrThrow, ZCatalogQuery } from "@gafus/core";
import { jsonResponse } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, optionalApiUser } from "@/server/api";

/** GET /api/v1/courses — the catalog the caller may see (search, filters, sorting). */
export const GET = apiRoute(async (request: Request) => {
  const viewer = await optionalApiUser(request);
  const query = parseOrThrow(ZCatalogQuery, Object.fromEntries(new URL(request.url).searchParams));
  return jsonResponse({ courses: await listCatalog({ db: getDb(), viewer, query }) });
});
