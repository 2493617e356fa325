const UNITS = { ru: { s: "с", min: "мин" }, en: { s: "s", min: "min" } } as const;

/** "45 s" / "45 с", "3 min 5 s"; a dash where there is no measurement. */
export function formatDuration(ms: number | null, locale: "ru" | "en" = "en"): string {
  if (ms === null) return "—";
  const { s, min } = UNITS[locale];
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} ${s}` : `${Math.floor(seconds / 60)} ${min} ${seconds % 60} ${s}`;
}
