import { createHmac, timingSafeEqual } from "node:crypto";
import { can, getSessionUserFromCookieHeader, type TAction, type TSessionUser } from "@gafus/auth";
import { authEnv } from "@gafus/config";
import { AppError } from "@gafus/core";
import { setContextUser } from "@gafus/logger";
import { getDb } from "@gafus/prisma";

/**
 * Who may call a route, named once per operation:
 * - `anonymous`: anyone; no session is looked up (sign-up, health, the contract);
 * - `optional`: anyone, and the signed-in user when there is one (the catalog shows favourites);
 * - `user`: signed in, any role; what they may touch is decided by core from the objects they name;
 * - `{ can: action }`: signed in and `can(user, action)` (the role's permission, without a resource);
 * - `admin`: shorthand for `{ can: "users:manage" }`;
 * - `internal`: another Gafus process, with `authorization: Bearer <internal token>` (never a browser).
 * An app may add a gate that every signed-in mode must pass first (the trainer panel's `app:trainer-panel`).
 */
export type TAuthMode = "anonymous" | "optional" | "user" | "admin" | "internal" | { can: TAction };

export type TActorFor<TMode> = TMode extends "anonymous" | "internal"
  ? null
  : TMode extends "optional"
    ? TSessionUser | null
    : TSessionUser;

/** The bearer token other Gafus processes send to `internal` routes: derived from the shared AUTH_SECRET. */
export function internalToken(): string {
  return createHmac("sha256", authEnv().AUTH_SECRET).update("gafus-internal-api").digest("base64url");
}

function isInternalCaller(request: Request): boolean {
  const given = Buffer.from(request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(internalToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The session user behind the request's cookie, or null (reloaded from the database on every request). */
export async function sessionUser(request: Request): Promise<TSessionUser | null> {
  const user = await getSessionUserFromCookieHeader(getDb(), request.headers.get("cookie"));
  if (user) setContextUser(user.id);
  return user;
}

/** Applies an operation's auth mode (and the app's gate); throws 401/403 in the error format. */
export async function authenticate(mode: TAuthMode, request: Request, gate?: TAction): Promise<TSessionUser | null> {
  if (mode === "anonymous") return null;
  if (mode === "internal") {
    if (!isInternalCaller(request)) throw new AppError("unauthorized", "This route is for Gafus services only.");
    return null;
  }
  const user = await sessionUser(request);
  if (mode === "optional") return user && (!gate || can(user, gate)) ? user : null;
  if (!user) throw new AppError("unauthorized", "Sign in to continue.");
  if (gate && !can(user, gate)) throw new AppError("forbidden", "Your account may not use this app.");
  const action = mode === "admin" ? "users:manage" : mode === "user" ? undefined : mode.can;
  if (action && !can(user, action)) throw new AppError("forbidden", "You may not do this.");
  return user;
}
