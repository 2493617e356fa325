import type { TErrorMessageKey } from "./error-translator";

/** One field issue of the API's validation_failed error (TFieldIssue of @gafus/core), read structurally. */
export type TIssueLike = { field: string; code: string; limit?: number; format?: string; message: string };

type TSay = (key: TErrorMessageKey, values?: Record<string, string | number>) => string;

const FORMATS = new Map<string, TErrorMessageKey>([
  ["email", "validation.format.email"],
  ["url", "validation.format.url"],
]);

/** What an issue means, in the reader's language; a rule of our own keeps its sentence as the detail. */
export function issueText(say: TSay, issue: TIssueLike): string {
  const limit = { limit: issue.limit ?? "" };
  switch (issue.code) {
    case "required":
    case "unknown_field":
    case "choice":
      return say(`validation.${issue.code}`);
    case "too_short":
    case "too_long":
    case "too_small":
    case "too_big":
    case "too_few":
    case "too_many":
      return say(`validation.${issue.code}`, limit);
    case "format":
      return say(FORMATS.get(issue.format ?? "") ?? "validation.format");
    default:
      return say("validation.invalid", { detail: issue.message ?? "" });
  }
}

const isIssue = (value: unknown): value is TIssueLike =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as TIssueLike).field === "string" &&
  typeof (value as TIssueLike).code === "string";

/** The API error's issues grouped by field, each translated; empty when the error carries none. */
export function issueTextsByField(say: TSay, issues: unknown): Record<string, string[]> {
  // Field names come from the request: a field named "constructor" must not find Object.prototype's members here.
  const byField: Record<string, string[]> = Object.create(null);
  if (!Array.isArray(issues)) return { ...byField };
  for (const issue of issues) if (isIssue(issue)) (byField[issue.field] ??= []).push(issueText(say, issue));
  return { ...byField };
}
