import { ERROR_STATUS, type TErrorCode } from "@gafus/core";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import type { TOperation } from "../define-operation";
import { ZErrorBody } from "./error-schema";

const COMMON_ERRORS: TErrorCode[] = [
  "validation_failed",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
];

function errorResponses(operation: TOperation, gated: boolean) {
  const codes = new Set<TErrorCode>([...COMMON_ERRORS, ...(operation.errors ?? [])]);
  if (operation.auth !== "anonymous" && operation.auth !== "optional") codes.add("unauthorized");
  const signedIn = operation.auth !== "anonymous" && operation.auth !== "internal";
  if (typeof operation.auth === "object" || operation.auth === "admin" || (gated && signedIn)) codes.add("forbidden");
  if (operation.params) codes.add("not_found");
  const byStatus = new Map<number, TErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, names]) => [
      String(status),
      { description: names.join(", "), content: { "application/json": { schema: ZErrorBody } } },
    ]),
  );
}

function successResponse(operation: TOperation) {
  const status = String(operation.status ?? 200);
  if (operation.status === 204) return { [status]: { description: "Done; no body." } };
  if (operation.produces)
    return { [status]: { description: "The file or stream.", content: { [operation.produces]: {} } } };
  return {
    [status]: {
      description: "Success.",
      content: operation.response ? { "application/json": { schema: operation.response } } : { "application/json": {} },
    },
  };
}

function toOperationObject(operation: TOperation, gated: boolean): ZodOpenApiOperationObject {
  const signedIn = operation.auth !== "anonymous" && operation.auth !== "optional" && operation.auth !== "internal";
  const who =
    typeof operation.auth === "object" ? `Signed in, allowed to ${operation.auth.can}.` : `Access: ${operation.auth}.`;
  return {
    summary: operation.summary,
    description: [operation.description, who].filter(Boolean).join("\n\n"),
    ...(operation.tags ? { tags: operation.tags } : {}),
    ...(signedIn ? { security: [{ session: [] }] } : {}),
    ...(operation.params || operation.query
      ? {
          requestParams: {
            ...(operation.params ? { path: operation.params } : {}),
            ...(operation.query ? { query: operation.query } : {}),
          },
        }
      : {}),
    ...(operation.body
      ? { requestBody: { required: true, content: { "application/json": { schema: operation.body } } } }
      : operation.rawBody
        ? {
            requestBody: {
              required: true,
              description: operation.rawBody.description,
              content: Object.fromEntries(operation.rawBody.contentTypes.map((type) => [type, {}])),
            },
          }
        : {}),
    responses: { ...successResponse(operation), ...errorResponses(operation, gated) },
  };
}

/** The OpenAPI 3.1 document of an app, generated from the same operations its routes are built from. */
export function buildOpenApiDocument({
  title,
  description,
  operations,
  gated = false,
}: {
  title: string;
  description: string;
  operations: readonly TOperation[];
  /** The app's router has a gate (createRouter's `gate`): every signed-in operation may answer 403. */
  gated?: boolean;
}) {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of operations) {
    const item = (paths[operation.path] ??= {});
    const method = operation.method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
    if (item[method]) throw new Error(`Two operations for ${operation.method} ${operation.path}`);
    item[method] = toOperationObject(operation, gated);
  }
  return createDocument(
    {
      openapi: "3.1.0",
      info: { title, version: "1.0.0", description },
      servers: [{ url: "/" }],
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "gafus.session" } } },
      paths,
    },
    { allowEmptySchema: { custom: true, transform: true, date: { input: true, output: true } } },
  );
}
