import { buildOpenApiDocument } from "@gafus/http/openapi";
import { PANEL_OPERATIONS } from "@/contract";
import { openApiOp } from "@/contract/meta";
import { route } from "@/server/api";

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** GET /trainer/api/openapi.json — generated from the operations the panel's routes are built from. */
export const GET = route(openApiOp, async () => {
  document ??= buildOpenApiDocument({
    title: "Gafus trainer panel API",
    description: "JSON API of the trainer panel (authoring, videos, exams, statistics, notes, reports, AI drafts).",
    operations: PANEL_OPERATIONS,
    gated: true,
  });
  return document;
});
