import { listCatalog } from "@gafus/core";
import { listCoursesOp } from "@/contract/courses";
import { route } from "@/server/api";

/** GET /api/v1/courses — the catalog the caller may see (search, filters, sorting). */
export const GET = route(listCoursesOp, async ({ user, query, db }) => ({
  courses: await listCatalog({ db, viewer: user, query }),
}));
