import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseOrThrow } from "./validation";

const ZForm = z.strictObject({
  title: z.string().trim().min(1).max(10),
  slug: z
    .string()
    .regex(/^[a-z-]+$/)
    .optional(),
  email: z.email().optional(),
  minutes: z.number().int().min(5).max(60).optional(),
  days: z.array(z.number()).min(1, "choose at least one day").optional(),
  level: z.enum(["A", "B"]).optional(),
  zone: z
    .string()
    .refine((v) => v === "UTC", "unknown time zone")
    .optional(),
});

function issuesOf(input: unknown) {
  try {
    parseOrThrow(ZForm, input);
  } catch (error) {
    return (error as { details: { issues: unknown[]; fields: Record<string, string[]> } }).details;
  }
  throw new Error("expected a validation error");
}

describe("validation errors", () => {
  it("describe each field's problem as data a UI can translate, next to the validator's sentences", () => {
    const details = issuesOf({
      title: "x".repeat(11),
      slug: "Bad Slug!",
      email: "nope",
      minutes: 2,
      days: [],
      level: "C",
      zone: "Mars/Base",
      extra: 1,
    });
    expect(details.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "title", code: "too_long", limit: 10 }),
        expect.objectContaining({ field: "slug", code: "format", format: "regex" }),
        expect.objectContaining({ field: "email", code: "format", format: "email" }),
        expect.objectContaining({ field: "minutes", code: "too_small", limit: 5 }),
        expect.objectContaining({ field: "days", code: "too_few", limit: 1 }),
        expect.objectContaining({ field: "level", code: "choice" }),
        { field: "zone", code: "invalid", message: "unknown time zone" },
        { field: "extra", code: "unknown_field", message: "Unknown field" },
      ]),
    );
    expect(details.issues).toHaveLength(8);
    expect(details.fields.zone).toEqual(["unknown time zone"]);
  });

  it("tell a missing or empty required field from a wrong one", () => {
    expect(issuesOf({}).issues).toEqual([expect.objectContaining({ field: "title", code: "required" })]);
    expect(issuesOf({ title: "   " }).issues).toEqual([expect.objectContaining({ field: "title", code: "required" })]);
    expect(issuesOf({ title: 5 }).issues).toEqual([expect.objectContaining({ field: "title", code: "invalid" })]);
  });
});
