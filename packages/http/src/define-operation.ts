import type { TErrorCode } from "@gafus/core";
import type { z } from "zod";
import type { TAuthMode } from "./authenticate";

export type THttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One HTTP operation, declared once: the route handler is built from it (parse, authorise, map errors), the OpenAPI
 * document is generated from it, and the contract and fuzz tests iterate over it. A changed schema changes all three.
 */
export type TOperation = {
  method: THttpMethod;
  /** As the client sees it, with `{name}` for path parameters: "/api/v1/courses/{slug}". */
  path: string;
  summary: string;
  description?: string;
  tags?: string[];
  auth: TAuthMode;
  /** Path parameters; a malformed one answers 404, as an unknown object would. */
  params?: z.ZodObject;
  /** Query string; a bad value answers 400 with field issues. */
  query?: z.ZodObject;
  /** JSON body: size-limited, refused with control characters, then parsed with this schema. */
  body?: z.ZodType;
  bodyLimit?: number;
  /** A non-JSON body the handler streams itself (uploads), with the content types it accepts. */
  rawBody?: { contentTypes: string[]; description: string };
  /** The JSON success body; contract tests check real answers against it. */
  response?: z.ZodType;
  status?: 200 | 201 | 202 | 204;
  /** A success that is not JSON (a download, a stream, a redirect): its content type for the document. */
  produces?: string;
  /** Error codes this operation may answer besides the ones every operation may (400, 401, 403, 413, 415, 429). */
  errors?: TErrorCode[];
};

/** Keeps the literal types of an operation (its schemas and auth mode) for the handler's context. */
export function defineOperation<const TOp extends TOperation>(operation: TOp): TOp {
  return operation;
}
