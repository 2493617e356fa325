import type { TApiFailure } from "@gafus/ui/client";
import { fmt, type TLabels } from "./labels";

const knownReason = (L: TLabels, failure: TApiFailure): string | null => {
  const reason = failure.details.reason;
  return typeof reason === "string" && L[`authoring.error.${reason}`] ? reason : null;
};

/**
 * The refusal in the panel's language: an authoring reason (`details.reason`) has its own text, invalid fields are
 * pointed at (each says what is wrong beside it), anything else is said by the client helper.
 */
export function failureText(L: TLabels, failure: TApiFailure): string {
  const reason = knownReason(L, failure);
  if (reason === "empty_days" && Array.isArray(failure.details.days)) {
    const days = (failure.details.days as { number: number; title: string }[])
      .map((d) => `${d.number} «${d.title}»`)
      .join(", ");
    return fmt(L, "authoring.error.empty_days", { days });
  }
  if (reason) return fmt(L, `authoring.error.${reason}`);
  if (Object.keys(failure.fields).length > 0) return fmt(L, "authoring.fixFields");
  return failure.message;
}

/** Per-field messages: a known reason's text on each field it names, else what the client helper says per field. */
export function fieldTexts(L: TLabels, failure: TApiFailure): Record<string, string[]> {
  const reason = knownReason(L, failure);
  if (!reason) return failure.fields;
  return Object.fromEntries(Object.keys(failure.fields).map((field) => [field, [fmt(L, `authoring.error.${reason}`)]]));
}
