import { listVisibleNotes } from "@gafus/core";
import { listMyNotesOp } from "@/contract/me";
import { route } from "@/server/api";

/** GET /api/v1/me/notes — notes trainers shared with the caller (visibleToStudent only), newest first. */
export const GET = route(listMyNotesOp, async ({ user, db }) => ({
  notes: await listVisibleNotes({ db, userId: user.id }),
}));
