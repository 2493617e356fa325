import type { TDb } from "@gafus/prisma";
import { BADGES } from "./badges";
import { computeStreak, localDate } from "./streak";

const CALENDAR_DAYS = 35;

/** A student's badges (earned or not), current and best streak, and which of the last five weeks they trained. */
export async function getAchievements({ db, userId, now = new Date() }: { db: TDb; userId: string; now?: Date }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true } });
  const [awards, steps] = await Promise.all([
    db.userAchievement.findMany({ where: { userId }, select: { code: true, awardedAt: true } }),
    db.userStep.findMany({ where: { userId, completedAt: { not: null } }, select: { completedAt: true } }),
  ]);
  const dates = new Set(steps.map((s) => localDate(s.completedAt!, user.timezone)));
  const today = localDate(now, user.timezone);
  const calendar = Array.from({ length: CALENDAR_DAYS }, (_, i) => {
    const date = localDate(new Date(now.getTime() - (CALENDAR_DAYS - 1 - i) * 86_400_000), user.timezone);
    return { date, active: dates.has(date) };
  });
  return {
    streak: computeStreak(dates, today),
    badges: BADGES.map((code) => ({ code, awardedAt: awards.find((a) => a.code === code)?.awardedAt ?? null })),
    calendar,
  };
}
