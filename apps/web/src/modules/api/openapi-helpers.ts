import { z } from "zod";

export const schema = (s: z.ZodType, io: "input" | "output" = "input") =>
  z.toJSONSchema(s, { io, unrepresentable: "any" });

export const ZError = z.object({
  error: z.string().describe("machine-readable code, e.g. validation_failed"),
  message: z.string().describe("human-readable explanation"),
  code: z.number().int().describe("HTTP status"),
  details: z
    .record(z.string(), z.unknown())
    .describe(
      'e.g. { fields: { email: ["…"] }, issues: [{ field: "email", code: "format", format: "email", message: "…" }] }; ' +
        "issue codes: required, too_short, too_long, too_small, too_big, too_few, too_many (with limit), format " +
        "(with format), choice, unknown_field, invalid",
    ),
});

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const STANDARD_ERRORS = {
  "400": error("Invalid input (validation_failed, invalid_json)"),
  "401": error("Not signed in"),
  "403": error("Not allowed (forbidden, not_enrolled, day_locked)"),
  "404": error("Not found"),
  "409": error("Conflict (email_taken, exam_pending, step_not_ready)"),
  "413": error("Body too large"),
  "415": error("Wrong content type"),
  "429": error("Too many requests; see Retry-After"),
};

type TOperation = {
  summary: string;
  auth?: boolean;
  body?: z.ZodType | Record<string, unknown>;
  bodyType?: string;
  ok?: string;
  parameters?: { name: string; in: "path" | "query"; schema?: Record<string, unknown>; description?: string }[];
};

/** One OpenAPI operation with the platform's error responses and the session cookie where it is required. */
export function op({ summary, auth = true, body, bodyType = "application/json", ok = "200", parameters }: TOperation) {
  const bodySchema = body instanceof z.ZodType ? schema(body) : body;
  return {
    summary,
    ...(auth ? { security: [{ session: [] }] } : {}),
    ...(parameters
      ? { parameters: parameters.map((p) => ({ required: p.in === "path", schema: { type: "string" }, ...p })) }
      : {}),
    ...(bodySchema ? { requestBody: { required: true, content: { [bodyType]: { schema: bodySchema } } } } : {}),
    responses: { [ok]: { description: "Success" }, ...STANDARD_ERRORS },
  };
}

export const slugParam = { name: "slug", in: "path" as const, description: "course slug" };
export const dayParam = {
  name: "day",
  in: "path" as const,
  schema: { type: "integer", minimum: 1 },
  description: "1-based day number",
};
export const stepParam = {
  name: "step",
  in: "path" as const,
  schema: { type: "integer", minimum: 1 },
  description: "1-based step number",
};
export const idParam = (name: string) => ({ name, in: "path" as const, schema: { type: "string", format: "uuid" } });
