import { z } from "zod";

/**
 * A timestamp in a response: core hands the route a Date, JSON.stringify turns it into its ISO string, so the
 * handler's result may hold either and the client (and the contract tests, after a JSON round trip) reads the
 * string. The document shows it as what goes over the wire.
 */
export const ZJsonDate = z.union([z.date(), z.iso.datetime()]).meta({
  // Typed here: apps that never load zod-openapi (which declares `override`) still compile this file.
  override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
    delete jsonSchema.anyOf;
    Object.assign(jsonSchema, { type: "string", format: "date-time" });
  },
});
