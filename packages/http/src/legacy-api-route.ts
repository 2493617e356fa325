// Transitional: the wrapper every route used before createRouter(). Removed once no route imports it.
import type { TSessionUser } from "@gafus/auth";
import type { TLogger } from "@gafus/logger";
import { AppError } from "@gafus/core";
import { sessionUser } from "./authenticate";
import { toErrorResponse } from "./responses";

type THandler<TContext> = (request: Request, context: TContext) => Promise<Response>;

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

export async function requireApiUser(request: Request): Promise<TSessionUser> {
  const user = await sessionUser(request);
  if (!user) throw new AppError("unauthorized", "Sign in to continue.");
  return user;
}

export const optionalApiUser = (request: Request): Promise<TSessionUser | null> => sessionUser(request);
