import { saveReview } from "@gafus/core";
import { saveReviewOp } from "@/contract/courses";
import { route } from "@/server/api";

/** PUT /api/v1/courses/{slug}/review — the caller's one review of the course (1–5 and a text), created or replaced. */
export const PUT = route(saveReviewOp, async ({ user, params, body, db }) => ({
  review: await saveReview({ db, viewer: user, slug: params.slug, input: body }),
}));
