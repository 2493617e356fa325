import "server-only";
import { appEnv } from "@gafus/config";
import { getDb } from "@gafus/prisma";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, type TAction } from "../policy";
import { SESSION_COOKIE, getSessionUserFromCookieHeader, type TSessionUser } from "../session-token";

/** The signed-in user of this request, or null; loaded once per request. */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return getSessionUserFromCookieHeader(getDb(), `${SESSION_COOKIE}=${encodeURIComponent(token)}`);
});

/**
 * Sends a signed-out visitor to the web app's sign-in page and back here afterwards. The URL is absolute because
 * Next would prefix a relative one with this app's basePath (/trainer/login does not exist).
 */
export async function requireSessionUser(returnPath: string): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`${appEnv().PUBLIC_URL}/login?callbackUrl=${encodeURIComponent(returnPath)}`);
  return user;
}

export type TAccess = { user: TSessionUser; allowed: boolean };

/** For pages: signed-out visitors are sent to sign in; signed-in ones get `allowed` to render a no-access page. */
export async function requireAccess(action: TAction, returnPath: string): Promise<TAccess> {
  const user = await requireSessionUser(returnPath);
  return { user, allowed: can(user, action) };
}
export { allowedApps } from "./allowed-apps";
