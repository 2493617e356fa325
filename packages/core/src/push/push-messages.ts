import type { TLocale } from "@gafus/prisma";

export type TPushMessage = { title: string; body: string; url: string };
type TData = Record<string, unknown>;

const str = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * Push and Telegram texts for each notification kind, in the reader's language. The in-app inbox renders the same
 * kinds from the UI dictionaries; push needs plain text at send time, in the worker, so it lives here.
 */
const TEXTS: Record<string, (data: TData, locale: TLocale) => TPushMessage> = {
  badge_awarded: (_data, l) => ({
    title: l === "ru" ? "Новая награда" : "New badge",
    body: l === "ru" ? "Вы получили новую награду — загляните в достижения." : "You earned a new badge.",
    url: "/achievements",
  }),
  exam_reviewed: (d, l) => ({
    title: l === "ru" ? "Экзамен проверен" : "Exam reviewed",
    body:
      d.status === "APPROVED"
        ? l === "ru"
          ? `Тренер принял ваш экзамен: ${str(d.courseTitle)}`
          : `Your trainer approved your exam: ${str(d.courseTitle)}`
        : l === "ru"
          ? `Тренер вернул экзамен на доработку: ${str(d.courseTitle)}`
          : `Your trainer asked you to redo the exam: ${str(d.courseTitle)}`,
    url: d.courseSlug ? `/courses/${str(d.courseSlug)}/days/${Number(d.dayNumber ?? 1)}` : "/notifications",
  }),
  reminder: (d, l) => ({
    title: str(d.title) || (l === "ru" ? "Пора тренироваться" : "Time to train"),
    body: l === "ru" ? "Напоминание о тренировке" : "Your training reminder",
    url: d.courseSlug ? `/courses/${str(d.courseSlug)}` : "/courses",
  }),
  timer_finished: (d, l) => ({
    title: l === "ru" ? "Таймер закончился" : "Timer finished",
    body:
      l === "ru" ? `Шаг «${str(d.stepTitle)}» готов к завершению.` : `Step “${str(d.stepTitle)}” is ready to finish.`,
    url: `/courses/${str(d.courseSlug)}/days/${Number(d.dayNumber ?? 1)}`,
  }),
  reengagement: (d, l) => {
    const level = Number(d.level ?? 1);
    const ru = [
      "Ваш питомец скучает по тренировкам — 5 минут сегодня?",
      "Уже почти две недели без тренировок. Вернитесь к курсу — прогресс сохранён.",
      "Навыки без повторения забываются. Одно короткое занятие поможет.",
      "Мы держим ваш прогресс. Возвращайтесь, когда будете готовы!",
    ];
    const en = [
      "Your pet misses training — 5 minutes today?",
      "Almost two weeks without training. Your progress is saved — pick up where you left off.",
      "Skills fade without practice. One short session helps.",
      "We are keeping your progress. Come back whenever you are ready!",
    ];
    const texts = l === "ru" ? ru : en;
    return {
      title: l === "ru" ? "Гафус" : "Gafus",
      body: texts[Math.min(Math.max(level, 1), 4) - 1] ?? texts[0]!,
      url: "/courses",
    };
  },
};

export function renderPushMessage(kind: string, data: TData, locale: TLocale): TPushMessage {
  const render = TEXTS[kind];
  if (render) return render(data, locale);
  return { title: "Gafus", body: locale === "ru" ? "Новое уведомление" : "New notification", url: "/notifications" };
}
