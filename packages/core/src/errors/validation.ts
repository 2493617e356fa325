import type { z } from "zod";
import { AppError } from "./app-error";

/**
 * One field's problem in a form a UI can translate: `fields` carries the validator's English sentences, `issues`
 * what went wrong as data (`{ field: "title", code: "too_long", limit: 200 }`), so each app says it in the
 * reader's language. `invalid` is a rule of our own (its sentence is in `message`).
 */
export type TFieldIssue = {
  field: string;
  code:
    | "required"
    | "too_short"
    | "too_long"
    | "too_small"
    | "too_big"
    | "too_few"
    | "too_many"
    | "format"
    | "choice"
    | "unknown_field"
    | "invalid";
  limit?: number;
  format?: string;
  message: string;
};

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | null)?.[key], input);

function describe(issue: z.core.$ZodIssue, input: unknown): Omit<TFieldIssue, "field" | "message"> {
  const missing = valueAt(input, issue.path) === undefined || valueAt(input, issue.path) === null;
  switch (issue.code) {
    case "invalid_type":
      return { code: missing ? "required" : "invalid" };
    case "too_small": {
      const limit = Number(issue.minimum);
      if (issue.origin === "string") return limit <= 1 ? { code: "required" } : { code: "too_short", limit };
      if (issue.origin === "array" || issue.origin === "set") return { code: "too_few", limit };
      return { code: "too_small", limit };
    }
    case "too_big": {
      const limit = Number(issue.maximum);
      if (issue.origin === "string") return { code: "too_long", limit };
      if (issue.origin === "array" || issue.origin === "set") return { code: "too_many", limit };
      return { code: "too_big", limit };
    }
    case "invalid_format":
      return { code: "format", format: issue.format };
    case "invalid_value":
    case "invalid_union":
      return { code: "choice" };
    default:
      return { code: "invalid" };
  }
}

/** Field-level reasons for a failed zod parse: `{ fields: { email: ["Invalid email address"] }, issues: [...] }`. */
export function validationError(error: z.ZodError, message = "Some fields are invalid.", input?: unknown): AppError {
  // Field names come from the client: `{"constructor": …}` must not find Object.prototype's members here.
  const fields: Record<string, string[]> = Object.create(null);
  const issues: TFieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        (fields[key] ??= []).push("Unknown field");
        issues.push({ field: key, code: "unknown_field", message: "Unknown field" });
      }
      continue;
    }
    const name = issue.path.join(".") || "_";
    (fields[name] ??= []).push(issue.message);
    issues.push({ field: name, ...describe(issue, input), message: issue.message });
  }
  return new AppError("validation_failed", message, { fields: { ...fields }, issues });
}

/** A validation error from issues found outside zod (the same `{ fields, issues }` shape). */
export function validationIssuesError(issues: TFieldIssue[], message = "Some fields are invalid."): AppError {
  const fields: Record<string, string[]> = Object.create(null);
  for (const issue of issues) (fields[issue.field] ??= []).push(issue.message);
  return new AppError("validation_failed", message, { fields: { ...fields }, issues });
}

export function parseOrThrow<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.infer<TSchema> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error, undefined, input);
  return result.data;
}
