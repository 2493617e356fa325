import type { z } from "zod";

export type TEnvSource = Record<string, string | undefined>;

export class EnvError extends Error {
  constructor(
    readonly variables: string[],
    message: string,
  ) {
    super(message);
    this.name = "EnvError";
  }
}

/**
 * Parses one concern's variables. A wrong or missing value throws an EnvError whose message names every bad
 * variable, so an app stops at start with a line a newcomer can act on.
 */
export function loadEnv<TSchema extends z.ZodType>(schema: TSchema, source: TEnvSource): z.infer<TSchema> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    name: String(issue.path[0] ?? "?"),
    text: issue.message,
  }));
  const lines = problems.map((p) => `  ${p.name}: ${p.text}`).join("\n");
  throw new EnvError(
    problems.map((p) => p.name),
    `Invalid environment configuration:\n${lines}`,
  );
}

/** Memoises a loader so each concern is parsed once per process, on first use (never at import or build time). */
export function lazyEnv<T>(load: (source: TEnvSource) => T): (source?: TEnvSource) => T {
  let cached: T | undefined;
  return (source) => {
    if (source) return load(source);
    cached ??= load(process.env);
    return cached;
  };
}
