import { authEnv } from "@gafus/config";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "./client-ip";
import type { TRateLimiter } from "./rate-limit";
import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, isSecureCookie } from "./session-token";
import { signInWithPassword } from "./sign-in";

export type TAuthOptionsDeps = { db: TDb; limiter: TRateLimiter; logger: TLogger };

/** What `authorize` hands to the jwt callback on sign-in. */
type TSignedInUser = { id: string; email: string; name: string; sessionId: string; sessionVersion: number };

/** next-auth options for the web app, the only issuer of the shared session cookie. */
export function buildAuthOptions({ db, limiter, logger }: TAuthOptionsDeps): NextAuthOptions {
  const env = authEnv();
  return {
    secret: env.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: isSecureCookie() },
      },
    },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const email = credentials?.email;
          const password = credentials?.password;
          if (typeof email !== "string" || typeof password !== "string" || !email || !password) return null;
          if (email.length > 254 || password.length > 1024) return null;
          const headers = req?.headers ?? {};
          const ip = clientIp(headers);
          const userAgent = typeof headers["user-agent"] === "string" ? headers["user-agent"] : undefined;
          const user = await signInWithPassword({ db, limiter, logger, env }, { email, password, ip, userAgent });
          if (!user) return null;
          const signedIn: TSignedInUser = {
            id: user.id,
            email: user.email,
            name: user.name,
            sessionId: user.sessionId,
            sessionVersion: user.sessionVersion,
          };
          return signedIn;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // Only these claims are trusted later: each app reloads the user from the database on every request and
        // accepts the cookie only while its session row is open and its version is the user's (session-token.ts).
        if (user) {
          const { sessionId, sessionVersion } = user as TSignedInUser;
          token.sub = user.id;
          token.sid = sessionId;
          token.sv = sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
    logger: {
      error: (code, metadata) => logger.error({ code, metadata }, "next-auth error"),
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: () => {},
    },
  };
}
