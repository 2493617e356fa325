import { en, type TMessageKey, type TTranslate } from "@gafus/ui/i18n";

/** Texts handed to client components: every authoring key plus the enum names they show. */
export type TLabels = Record<string, string>;

const SHARED = ["authoring.", "level.", "dayType.", "stepType.", "locale.", "insights.ai."];

export function authoringLabels(t: TTranslate): TLabels {
  const keys = (Object.keys(en) as TMessageKey[]).filter((key) => SHARED.some((prefix) => key.startsWith(prefix)));
  return Object.fromEntries(keys.map((key) => [key, t(key)]));
}

/** The client-side twin of t(): the same {placeholder} filling over a label object. */
export function fmt(labels: TLabels, key: string, values?: Record<string, string | number>): string {
  return (labels[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));
}

/** A category's translated name when it is a built-in key, else the trainer's own words. */
export function categoryName(labels: TLabels, category: string): string {
  return labels[`authoring.category.${category}`] ?? category;
}
