import type { z } from "zod";
import { AppError } from "./app-error";

/** Field-level reasons for a failed zod parse: `{ fields: { email: ["Invalid email address"] } }`. */
export function validationError(error: z.ZodError, message = "Some fields are invalid."): AppError {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) (fields[key] ??= []).push("Unknown field");
      continue;
    }
    const name = issue.path.join(".") || "_";
    (fields[name] ??= []).push(issue.message);
  }
  return new AppError("validation_failed", message, { fields });
}

export function parseOrThrow<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.infer<TSchema> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
