import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { isUuid } from "../ids/is-uuid";

/** A report is seen and downloaded by whoever asked for it, or an admin; anyone else gets 404. */
export async function findOwnReport({ db, actor, reportId }: { db: TDb; actor: TActor; reportId: string }) {
  const report = isUuid(reportId)
    ? await db.report.findUnique({
        where: { id: reportId },
        select: {
          id: true,
          requesterId: true,
          type: true,
          status: true,
          progress: true,
          error: true,
          fileKey: true,
          fileName: true,
          createdAt: true,
          finishedAt: true,
          course: { select: { id: true, title: true } },
        },
      })
    : null;
  if (!report || !can(actor, "report:read", { ownerId: report.requesterId })) {
    throw new AppError("not_found", "No such report.");
  }
  return report;
}
