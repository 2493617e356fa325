import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { REENGAGEMENT_LEVELS } from "./reengagement-levels";

export type TReengagementMetrics = {
  sentByLevel: { level: number; days: number; sent: number }[];
  campaigns: number;
  returned: number;
  /** Returned ÷ campaigns that got at least one message; null before any was sent. */
  returnRate: number | null;
};

/** Campaign metrics for admins: how many nudges went out per level and how many students came back. */
export async function getReengagementMetrics({ db, actor }: { db: TDb; actor: TActor }): Promise<TReengagementMetrics> {
  if (!can(actor, "reengagement:metrics")) throw new AppError("forbidden", "Only admins see campaign metrics.");
  const [byLevel, campaigns, returned] = await Promise.all([
    db.reengagementMessage.groupBy({ by: ["level"], _count: { _all: true } }),
    db.reengagementCampaign.count({ where: { messages: { some: {} } } }),
    db.reengagementCampaign.count({ where: { status: "RETURNED", messages: { some: {} } } }),
  ]);
  const sent = new Map(byLevel.map((row) => [row.level, row._count._all]));
  return {
    sentByLevel: REENGAGEMENT_LEVELS.map((l) => ({ level: l.level, days: l.days, sent: sent.get(l.level) ?? 0 })),
    campaigns,
    returned,
    returnRate: campaigns === 0 ? null : returned / campaigns,
  };
}
