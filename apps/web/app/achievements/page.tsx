import { requireSessionUser } from "@gafus/auth/next";
import { getAchievements } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import type { Metadata } from "next";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export const metadata: Metadata = { title: "Achievements" };
export const dynamic = "force-dynamic";

export default async function AchievementsPage() {
  const user = await requireSessionUser("/achievements");
  const ctx = await getPageContext("/achievements");
  const { t } = ctx;
  const { streak, badges, calendar } = await getAchievements({ db: getDb(), userId: user.id });
  return (
    <WebShell ctx={ctx}>
      <section className="stack" aria-labelledby="achievements-title">
        <h1 id="achievements-title">{t("achievements.title")}</h1>
        <div className="grid stats">
          <div className="card">
            <p className="muted">{t("achievements.streak")}</p>
            <p className="stat" data-testid="streak-current">
              {t("achievements.days", { count: streak.current })}
            </p>
          </div>
          <div className="card">
            <p className="muted">{t("achievements.best")}</p>
            <p className="stat">{t("achievements.days", { count: streak.best })}</p>
          </div>
        </div>
        <h2>{t("achievements.calendar")}</h2>
        <ol className="calendar" aria-label={t("achievements.calendar")}>
          {calendar.map((day) => (
            <li key={day.date} className={day.active ? "active" : ""} title={day.date}>
              <span className="visually-hidden">
                {day.date}: {day.active ? t("achievements.active") : t("achievements.inactive")}
              </span>
            </li>
          ))}
        </ol>
        <h2>{t("achievements.badges")}</h2>
        <ul className="grid badges">
          {badges.map((badge) => (
            <li
              key={badge.code}
              className={`card badge-card ${badge.awardedAt ? "earned" : "locked"}`}
              data-badge={badge.code}
            >
              <span className="badge-icon" aria-hidden="true">
                {badge.awardedAt ? "★" : "☆"}
              </span>
              <strong>{t(`badge.${badge.code}`)}</strong>
              <span className="small muted">
                {badge.awardedAt
                  ? badge.awardedAt.toLocaleDateString(ctx.locale, { timeZone: user.timezone })
                  : t("achievements.locked")}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </WebShell>
  );
}
