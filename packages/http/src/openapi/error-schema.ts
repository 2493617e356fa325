import { z } from "zod";

/** The error format of DESIGN.md, as every route answers it. */
export const ZErrorBody = z
  .object({
    error: z.string().meta({ description: "machine-readable code, e.g. validation_failed" }),
    message: z.string().meta({ description: "human-readable explanation (English); UIs translate `error`/`issues`" }),
    code: z.number().int().meta({ description: "HTTP status" }),
    details: z.record(z.string(), z.unknown()).meta({
      description:
        'e.g. { fields: { email: ["…"] }, issues: [{ field: "email", code: "format", format: "email", message: "…" }] }; ' +
        "issue codes: required, too_short, too_long, too_small, too_big, too_few, too_many (with limit), format " +
        "(with format; `text` = control characters), choice, unknown_field, invalid",
    }),
  })
  .meta({ id: "Error" });
