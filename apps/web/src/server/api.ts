import "server-only";
import { getSessionUserFromCookieHeader, type TSessionUser } from "@gafus/auth";
import { AppError } from "@gafus/core";
import { toErrorResponse } from "@gafus/core/http";
import { getDb } from "@gafus/prisma";
import { logger } from "./deps";

type THandler<TContext> = (request: Request, context: TContext) => Promise<Response>;

/** Every /api route goes through this: anything thrown becomes the public error format, never a stack trace. */
export function apiRoute<TContext>(handler: THandler<TContext>): THandler<TContext> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error, logger);
    }
  };
}

/** The signed-in user behind the request's session cookie, or a 401 in the error format. */
export async function requireApiUser(request: Request): Promise<TSessionUser> {
  const user = await getSessionUserFromCookieHeader(getDb(), request.headers.get("cookie"));
  if (!user) throw new AppError("unauthorized", "Sign in to continue.");
  return user;
}

/** The signed-in user if there is one; for routes that anonymous visitors may also call. */
export async function optionalApiUser(request: Request): Promise<TSessionUser | null> {
  return getSessionUserFromCookieHeader(getDb(), request.headers.get("cookie"));
}
