export { en } from "./messages-en";
export type { TMessageKey } from "./messages-en";
export { ru } from "./messages-ru";
export { createTranslator, DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, resolveLocale } from "./translate";
export type { TLocale, TTranslate } from "./translate";
export { issueText, issueTextsByField } from "./validation-issue";
export type { TIssueLike } from "./validation-issue";
