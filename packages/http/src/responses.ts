import type { TLogger } from "@gafus/logger";
import { AppError } from "@gafus/core";

export function jsonResponse(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(data, { status, headers: { "cache-control": "no-store", ...headers } });
}

export function errorResponse(error: AppError, headers: Record<string, string> = {}): Response {
  return jsonResponse(error.toBody(), error.status, headers);
}

/** Maps anything thrown in a handler to the public error format; unexpected errors are logged, never echoed. */
export function toErrorResponse(thrown: unknown, logger?: TLogger): Response {
  if (thrown instanceof AppError) {
    const retryAfter = thrown.details.retryAfterSeconds;
    return errorResponse(thrown, typeof retryAfter === "number" ? { "retry-after": String(retryAfter) } : {});
  }
  logger?.error({ err: thrown }, "unhandled error in request");
  return errorResponse(new AppError("internal_error", "Something went wrong on our side. Please try again."));
}
