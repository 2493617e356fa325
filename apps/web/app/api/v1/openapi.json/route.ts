import { buildWebDocument } from "@/contract/document";
import { openApiOp } from "@/contract/meta";
import { route } from "@/server/api";

let document: ReturnType<typeof buildWebDocument> | undefined;

/** GET /api/v1/openapi.json — generated from the operations the routes are built from. */
export const GET = route(openApiOp, async () => {
  document ??= buildWebDocument();
  return document;
});
