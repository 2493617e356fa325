import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

/** The actor's own report requests, newest first. */
export async function listReports({ db, actor, take = 50 }: { db: TDb; actor: TActor; take?: number }) {
  if (!can(actor, "app:trainer-panel")) throw new AppError("forbidden", "Only trainers request reports.");
  return db.report.findMany({
    where: { requesterId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      type: true,
      status: true,
      progress: true,
      error: true,
      fileName: true,
      createdAt: true,
      finishedAt: true,
      course: { select: { id: true, title: true } },
    },
  });
}
