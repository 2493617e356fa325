import { buildOpenApiDocument } from "@gafus/http/openapi";
import { WEB_OPERATIONS } from "./index";

/** The web app's OpenAPI document (served at /api/v1/openapi.json), generated from its operations. */
export function buildWebDocument() {
  return buildOpenApiDocument({
    title: "Gafus API",
    description:
      "JSON API of the Gafus web app, for the web, the bot and mobile clients, and the protected HLS under /media/ " +
      "that plays trainers' videos.",
    operations: WEB_OPERATIONS,
  });
}
