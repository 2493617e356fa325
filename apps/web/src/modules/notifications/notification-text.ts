import type { TTranslate } from "@gafus/ui/i18n";

type TNotification = { kind: string; data: unknown };

/** A notification in the reader's language, from its kind and data (nothing is stored as text). */
export function notificationText(t: TTranslate, { kind, data }: TNotification): { text: string; href: string | null } {
  const d = (data ?? {}) as Record<string, unknown>;
  if (kind === "badge_awarded") {
    const badge = String(d.badge) as "first_step" | "first_day" | "first_course" | "streak_7" | "streak_30";
    return { text: t("notifications.badge", { badge: t(`badge.${badge}`) }), href: "/achievements" };
  }
  if (kind === "exam_reviewed") {
    const approved = d.status === "APPROVED";
    return {
      text: t(approved ? "notifications.examApproved" : "notifications.examRejected", {
        course: String(d.courseTitle ?? ""),
      }),
      href: d.courseSlug ? `/courses/${String(d.courseSlug)}/days/${Number(d.dayNumber) || 1}` : null,
    };
  }
  if (kind === "reminder") {
    return {
      text: t("notify.inbox.reminder", { title: String(d.title ?? "") }),
      href: d.courseSlug ? `/courses/${String(d.courseSlug)}` : "/reminders",
    };
  }
  if (kind === "timer_finished") {
    return {
      text: t("notify.inbox.timer", { step: String(d.stepTitle ?? "") }),
      href: `/courses/${String(d.courseSlug)}/days/${Number(d.dayNumber) || 1}`,
    };
  }
  if (kind === "reengagement") {
    const level = Math.min(4, Math.max(1, Number(d.level) || 1)) as 1 | 2 | 3 | 4;
    return { text: t(`notify.inbox.reengagement.${level}`), href: "/courses" };
  }
  return { text: t("notifications.generic"), href: null };
}
