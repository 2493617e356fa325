import { getDb, type TDb } from "@gafus/prisma";
import type { NextFunction, Request, Response } from "express";
import { can, type TAction } from "../policy";
import { getSessionUserFromCookieHeader } from "../session-token";

function refuse(req: Request, res: Response, code: 401 | 403) {
  const error = code === 401 ? "unauthorized" : "forbidden";
  const message = code === 401 ? "Sign in to continue." : "Your role does not allow this.";
  if (req.accepts(["json", "html"]) === "html") {
    const back = encodeURIComponent(req.originalUrl);
    const link = code === 401 ? `<a href="/login?callbackUrl=${back}">Sign in</a>` : `<a href="/">Home</a>`;
    res
      .status(code)
      .type("html")
      .send(
        `<!doctype html><html lang="en"><title>${message}</title><main><h1>${message}</h1><p>${link}</p></main></html>`,
      );
    return;
  }
  res.status(code).json({ error, message, code, details: {} });
}

/**
 * Express guard: only signed-in users whose role the policy allows `action` get through. `db` defaults to the
 * process's client (tests pass their own database).
 */
export function requirePermission(action: TAction, { db }: { db?: TDb } = {}) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = await getSessionUserFromCookieHeader(db ?? getDb(), req.headers.cookie);
      if (!user) return refuse(req, res, 401);
      if (!can(user, action)) return refuse(req, res, 403);
      res.locals.user = user;
      next();
    } catch (error) {
      next(error);
    }
  };
}
