import { buildOpenApiDocument } from "@gafus/http/openapi";
import { WEB_OPERATIONS } from "@/contract";
import { openApiOp } from "@/contract/meta";
import { route } from "@/server/api";

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** GET /api/v1/openapi.json — generated from the operations the routes are built from. */
export const GET = route(openApiOp, async () => {
  document ??= buildOpenApiDocument({
    title: "Gafus API",
    description: "JSON API of the Gafus web app, for the web, the bot and mobile clients.",
    operations: WEB_OPERATIONS,
  });
  return document;
});
