// Browser-side calls to next-auth's REST endpoints. We call them directly instead of next-auth/react's signIn()
// because that helper cannot read our 429 (rate limited) answer and has no place for Retry-After.
import { apiCall, type TApiFailure } from "@gafus/ui/client";

export type TSignInResult =
  | { ok: true }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "error"; message: string }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

const FORM = "application/x-www-form-urlencoded";

async function csrfToken(): Promise<{ ok: true; token: string } | TApiFailure> {
  const result = await apiCall<{ csrfToken: string }>("/api/auth/csrf", { cache: "no-store" });
  return result.ok ? { ok: true, token: result.data.csrfToken } : result;
}

export async function signInRequest(email: string, password: string): Promise<TSignInResult> {
  const csrf = await csrfToken();
  if (!csrf.ok) return { ok: false, reason: "error", message: csrf.message };
  const result = await apiCall<{ url?: string }>("/api/auth/callback/credentials", {
    method: "POST",
    body: new URLSearchParams({ csrfToken: csrf.token, email, password, json: "true", callbackUrl: "/" }),
    contentType: FORM,
  });
  if (!result.ok) {
    if (result.status === 429) {
      return { ok: false, reason: "rate_limited", retryAfterSeconds: result.retryAfterSeconds ?? 60 };
    }
    // next-auth answers a wrong password with 401 and { url: "…?error=CredentialsSignin" }.
    if (result.status === 401) return { ok: false, reason: "invalid" };
    return { ok: false, reason: "error", message: result.message };
  }
  const url = result.data?.url;
  const failed = !url || new URL(url, window.location.origin).searchParams.has("error");
  return failed ? { ok: false, reason: "invalid" } : { ok: true };
}

/** True once the session cookie is cleared; the caller must not claim "signed out" otherwise. */
export async function signOutRequest(): Promise<boolean> {
  const csrf = await csrfToken();
  if (!csrf.ok) return false;
  const result = await apiCall("/api/auth/signout", {
    method: "POST",
    body: new URLSearchParams({ csrfToken: csrf.token, json: "true", callbackUrl: "/" }),
    contentType: FORM,
  });
  return result.ok;
}

/** Same-origin paths only, so a crafted ?callbackUrl= cannot send people to another site. */
export function safeCallback(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value;
}
