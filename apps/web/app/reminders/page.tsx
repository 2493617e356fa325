import { requireSessionUser } from "@gafus/auth/next";
import { listReminderCourses, listReminders } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import type { Metadata } from "next";
import { ReminderForm, type TReminderLabels } from "@/modules/notify/reminder-form";
import { DeleteButton } from "@/modules/pets/delete-button";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export const metadata: Metadata = { title: "Reminders" };
export const dynamic = "force-dynamic";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export default async function RemindersPage() {
  const user = await requireSessionUser("/reminders");
  const ctx = await getPageContext("/reminders");
  const { t, locale } = ctx;
  const [reminders, courses] = await Promise.all([
    listReminders({ db: getDb(), userId: user.id }),
    listReminderCourses({ db: getDb(), userId: user.id }),
  ]);
  const timezones = Intl.supportedValuesOf("timeZone");
  if (!timezones.includes(user.timezone)) timezones.unshift(user.timezone);
  const weekday = (n: number) => t(`notify.weekday.${n as (typeof WEEKDAYS)[number]}`);
  const when = (d: Date, timeZone: string) =>
    d.toLocaleString(locale, {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
    });
  const labels: TReminderLabels = {
    add: t("notify.reminders.add"),
    name: t("notify.reminders.name"),
    days: t("notify.reminders.days"),
    weekdays: WEEKDAYS.map(weekday),
    time: t("notify.reminders.time"),
    timezone: t("notify.reminders.timezone"),
    course: t("notify.reminders.course"),
    noCourse: t("notify.reminders.noCourse"),
    save: t("notify.reminders.save"),
    update: t("notify.reminders.update"),
    enabled: t("notify.reminders.enabled"),
  };
  return (
    <WebShell ctx={ctx}>
      <section className="stack" aria-labelledby="reminders-title">
        <h1 id="reminders-title">{t("notify.reminders.title")}</h1>
        <p className="muted">{t("notify.reminders.intro")}</p>
        {reminders.length === 0 && <p className="muted">{t("notify.reminders.empty")}</p>}
        <ul className="stack" style={{ listStyle: "none", padding: 0 }} aria-label={t("notify.reminders.title")}>
          {reminders.map((r) => (
            <li key={r.id} className="card stack" data-reminder={r.title}>
              <div className="row space-between">
                <h2>{r.title}</h2>
                <DeleteButton
                  path={`/api/v1/me/reminders/${r.id}`}
                  label={t("notify.reminders.delete")}
                  confirmText={t("notify.reminders.deleteLabel", { title: r.title })}
                />
              </div>
              <p>
                {r.daysOfWeek.map(weekday).join(", ")} · {r.time} · {r.timezone}
                {r.course ? ` · ${r.course.title}` : ""}
              </p>
              {!r.enabled ? (
                <p className="muted">{t("notify.reminders.paused")}</p>
              ) : (
                r.nextRunAt && (
                  <p className="muted">{t("notify.reminders.next", { when: when(r.nextRunAt, r.timezone) })}</p>
                )
              )}
              <details>
                <summary>{t("notify.reminders.edit")}</summary>
                <ReminderForm
                  timezones={timezones}
                  defaultTimezone={user.timezone}
                  courses={courses}
                  labels={labels}
                  reminder={{ ...r, courseId: r.course?.id ?? null }}
                />
              </details>
            </li>
          ))}
        </ul>
        <ReminderForm timezones={timezones} defaultTimezone={user.timezone} courses={courses} labels={labels} />
      </section>
    </WebShell>
  );
}
