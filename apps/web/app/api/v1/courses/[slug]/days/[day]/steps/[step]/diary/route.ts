import { writeDiaryEntry } from "@gafus/core";
import { writeDiaryEntryOp } from "@/contract/diary";
import { route } from "@/server/api";

/** POST …/steps/{step}/diary — { content }: a diary entry that also completes the diary step. */
export const POST = route(writeDiaryEntryOp, async ({ user, params, body, db }) =>
  writeDiaryEntry({
    db,
    userId: user.id,
    slug: params.slug,
    dayNumber: params.day,
    stepNumber: params.step,
    content: body.content,
  }),
);
