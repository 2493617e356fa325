import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { isUuid } from "../ids/is-uuid";

/** A draft's status and text, for the trainer who asked for it only. */
export async function getAiRequest({ db, actor, requestId }: { db: TDb; actor: TActor; requestId: string }) {
  const row = isUuid(requestId)
    ? await db.aiRequest.findUnique({
        where: { id: requestId },
        select: { id: true, requesterId: true, kind: true, status: true, result: true, error: true, finishedAt: true },
      })
    : null;
  if (!row || row.requesterId !== actor.id) throw new AppError("not_found", "No such AI request.");
  const { requesterId: _requester, ...view } = row;
  return view;
}
