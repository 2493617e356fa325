import { ZProfile, ZProfileUpdate, ZRegisterInput } from "@gafus/core";
import { z } from "zod";

const schema = (s: z.ZodType, io: "input" | "output" = "input") => z.toJSONSchema(s, { io, unrepresentable: "any" });

const ZError = z.object({
  error: z.string().describe("machine-readable code, e.g. validation_failed"),
  message: z.string().describe("human-readable explanation"),
  code: z.number().int().describe("HTTP status"),
  details: z.record(z.string(), z.unknown()).describe("e.g. { fields: { email: [\"…\"] } }"),
});

const json = (s: z.ZodType, io: "input" | "output" = "output") => ({ "application/json": { schema: schema(s, io) } });
const error = (description: string) => ({ description, content: json(ZError) });
const errors = {
  "400": error("Invalid input (validation_failed, invalid_json)"),
  "401": error("Not signed in"),
  "413": error("Body larger than 16 KiB"),
  "415": error("Body is not application/json"),
  "429": error("Too many requests; see the Retry-After header"),
};
const user = z.object({ user: ZProfile });

/** The OpenAPI 3.1 description of every /api/v1 route (a test checks that none is missing). */
export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: { title: "Gafus API", version: "1.0.0", description: "JSON API of the Gafus web app." },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "gafus.session" } },
      schemas: { Error: schema(ZError, "output"), Profile: schema(ZProfile, "output") },
    },
    paths: {
      "/api/v1/auth/register": {
        post: {
          summary: "Create a student account",
          requestBody: { required: true, content: json(ZRegisterInput, "input") },
          responses: { "201": { description: "Created", content: json(user) }, "409": error("Email taken"), ...errors },
        },
      },
      "/api/v1/me": {
        get: {
          summary: "The signed-in user's profile",
          security: [{ session: [] }],
          responses: { "200": { description: "Profile", content: json(user) }, "401": errors["401"] },
        },
        patch: {
          summary: "Change name, locale or time zone",
          security: [{ session: [] }],
          requestBody: { required: true, content: json(ZProfileUpdate, "input") },
          responses: { "200": { description: "Updated profile", content: json(user) }, ...errors },
        },
      },
      "/api/v1/locale": {
        post: {
          summary: "Switch the interface language (HTML form; saves it in the profile when signed in)",
          requestBody: {
            required: true,
            content: {
              "application/x-www-form-urlencoded": {
                schema: {
                  type: "object",
                  required: ["locale"],
                  properties: { locale: { enum: ["ru", "en"] }, next: { type: "string", description: "path to return to" } },
                },
              },
            },
          },
          responses: { "303": { description: "Back to `next`" }, "400": errors["400"] },
        },
      },
      "/api/v1/openapi.json": {
        get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1 document" } } },
      },
    },
  };
}
