import { randomUUID } from "node:crypto";
import type { TAction } from "@gafus/auth";
import { AppError, parseOrThrow } from "@gafus/core";
import { runWithContext, type TLogger } from "@gafus/logger";
import { getDb, type TDb } from "@gafus/prisma";
import type { z } from "zod";
import { authenticate, type TActorFor } from "./authenticate";
import type { TOperation } from "./define-operation";
import { DEFAULT_BODY_LIMIT, readJsonBody, refuseControlCharacters } from "./read-json-body";
import { jsonResponse, toErrorResponse } from "./responses";

type TInfer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export type TRouteInput<TOp extends TOperation> = {
  request: Request;
  user: TActorFor<TOp["auth"]>;
  params: TInfer<TOp["params"]>;
  query: TInfer<TOp["query"]>;
  body: TInfer<TOp["body"]>;
  db: TDb;
  logger: TLogger;
};

type TResult<TOp extends TOperation> =
  Response | (TOp["response"] extends z.ZodType ? z.input<TOp["response"]> : unknown);

/** What Next.js hands a route handler: the path parameters of its folder. */
export type TNextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

function queryObject(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = Object.create(null);
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return { ...query };
}

async function parseParams(operation: TOperation, context: TNextRouteContext | undefined) {
  if (!operation.params) return undefined;
  const parsed = operation.params.safeParse((await context?.params) ?? {});
  if (!parsed.success) throw new AppError("not_found", "Not found.");
  return parsed.data;
}

function parseQuery(operation: TOperation, request: Request) {
  if (!operation.query) return undefined;
  const query = queryObject(new URL(request.url));
  refuseControlCharacters(query);
  return parseOrThrow(operation.query, query);
}

function toResponse(operation: TOperation, result: unknown): Response {
  if (result instanceof Response) return result;
  if (operation.status === 204) return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  return jsonResponse(result, operation.status ?? 200);
}

/** Response.redirect() and fetched responses have immutable headers: copy those. */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}

/**
 * The one route wrapper of an app. Every handler is built from its operation: the request gets an id (nginx's
 * X-Request-Id, else a new one) that every log line and outbox event of it carries; the auth mode and the app's
 * gate are applied; path params, query and body are parsed with the operation's schemas; anything thrown becomes
 * the error format; one access line is logged per request.
 */
export function createRouter({ logger, gate }: { logger: TLogger; gate?: TAction }) {
  return function route<const TOp extends TOperation>(
    operation: TOp,
    handler: (input: TRouteInput<TOp>) => Promise<TResult<TOp>>,
  ) {
    const handle = async (request: Request, context?: TNextRouteContext): Promise<Response> => {
      const given = request.headers.get("x-request-id") ?? "";
      const requestId = REQUEST_ID.test(given) ? given : randomUUID();
      return runWithContext({ requestId }, async () => {
        const started = performance.now();
        let response: Response;
        try {
          const user = await authenticate(operation.auth, request, gate);
          const params = await parseParams(operation, context);
          const query = parseQuery(operation, request);
          const body = operation.body
            ? await readJsonBody(request, operation.body, operation.bodyLimit ?? DEFAULT_BODY_LIMIT)
            : undefined;
          const input = { request, user, params, query, body, db: getDb(), logger } as TRouteInput<TOp>;
          response = toResponse(operation, await handler(input));
        } catch (error) {
          response = toErrorResponse(error, logger);
        }
        response = withHeader(response, "x-request-id", requestId);
        const ms = Math.round(performance.now() - started);
        logger.info({ method: request.method, route: operation.path, status: response.status, ms }, "request");
        return response;
      });
    };
    return Object.assign(handle, { operation });
  };
}

export type TRoute = ReturnType<ReturnType<typeof createRouter>>;
