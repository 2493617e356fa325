import { issueTextsByField } from "@gafus/ui/i18n";
import type { TApiResult } from "./api";
import { fmt, type TLabels } from "./labels";

type TFailure = Extract<TApiResult<unknown>, { ok: false }>;

/** The refusal in the panel's language: known reasons have their own text, anything else the server's words. */
export function failureText(L: TLabels, failure: TFailure): string {
  const reason = typeof failure.details.reason === "string" ? failure.details.reason : null;
  if (reason === "empty_days" && Array.isArray(failure.details.days)) {
    const days = (failure.details.days as { number: number; title: string }[])
      .map((d) => `${d.number} «${d.title}»`)
      .join(", ");
    return fmt(L, "authoring.error.empty_days", { days });
  }
  if (reason && L[`authoring.error.${reason}`]) return fmt(L, `authoring.error.${reason}`);
  if (Object.keys(failure.fields).length > 0) return fmt(L, "authoring.fixFields");
  return failure.message || fmt(L, "auth.genericError");
}

/**
 * Per-field messages: a known reason translated; else each issue the API describes, translated; else (an older
 * server) the validator's message inside a translated frame.
 */
export function fieldTexts(L: TLabels, failure: TFailure): Record<string, string[]> {
  const reason = typeof failure.details.reason === "string" ? failure.details.reason : null;
  const issues = issueTextsByField((key, values) => fmt(L, key, values), failure.details.issues);
  if (!(reason && L[`authoring.error.${reason}`]) && Object.keys(issues).length > 0) return issues;
  return Object.fromEntries(
    Object.entries(failure.fields).map(([field, messages]) => [
      field,
      reason && L[`authoring.error.${reason}`]
        ? [fmt(L, `authoring.error.${reason}`)]
        : messages.map((detail) => fmt(L, "authoring.error.field", { detail })),
    ]),
  );
}
