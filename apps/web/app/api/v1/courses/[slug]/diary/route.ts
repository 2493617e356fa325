import { listDiaryEntries } from "@gafus/core";
import { listDiaryEntriesOp } from "@/contract/diary";
import { route } from "@/server/api";

/** GET /api/v1/courses/{slug}/diary — the caller's own diary entries in this course. */
export const GET = route(listDiaryEntriesOp, async ({ user, params, db }) => ({
  entries: await listDiaryEntries({ db, userId: user.id, slug: params.slug }),
}));
