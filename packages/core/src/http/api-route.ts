import { getSessionUserFromCookieHeader, type TSessionUser } from "@gafus/auth";
import type { TLogger } from "@gafus/logger";
import { getDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { toErrorResponse } from "./responses";

type THandler<TContext> = (request: Request, context: TContext) => Promise<Response>;

/** Every /api route of every Next app goes through this: anything thrown becomes the public error format. */
export function createApiRoute(logger: TLogger) {
  return function apiRoute<TContext>(handler: THandler<TContext>): THandler<TContext> {
    return async (request, context) => {
      try {
        return await handler(request, context);
      } catch (error) {
        return toErrorResponse(error, logger);
      }
    };
  };
}

/** The signed-in user behind the request's session cookie, or a 401 in the error format. */
export async function requireApiUser(request: Request): Promise<TSessionUser> {
  const user = await optionalApiUser(request);
  if (!user) throw new AppError("unauthorized", "Sign in to continue.");
  return user;
}

/** The signed-in user if there is one; for routes that anonymous visitors may also call. */
export function optionalApiUser(request: Request): Promise<TSessionUser | null> {
  return getSessionUserFromCookieHeader(getDb(), request.headers.get("cookie"));
}
