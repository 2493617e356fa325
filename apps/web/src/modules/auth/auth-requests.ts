// Browser-side calls to next-auth's REST endpoints. We call them directly instead of next-auth/react's signIn()
// because that helper cannot read our 429 (rate limited) answer and has no place for Retry-After.

export type TSignInResult =
  | { ok: true }
  | { ok: false; reason: "invalid" | "error" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

async function csrfToken(): Promise<string> {
  const response = await fetch("/api/auth/csrf", { cache: "no-store" });
  const data = (await response.json()) as { csrfToken: string };
  return data.csrfToken;
}

function form(values: Record<string, string>) {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(values),
  } as const;
}

export async function signInRequest(email: string, password: string): Promise<TSignInResult> {
  try {
    const response = await fetch(
      "/api/auth/callback/credentials",
      form({ csrfToken: await csrfToken(), email, password, json: "true", callbackUrl: "/" }),
    );
    if (response.status === 429) {
      return {
        ok: false,
        reason: "rate_limited",
        retryAfterSeconds: Number(response.headers.get("retry-after") ?? 60),
      };
    }
    // next-auth answers a wrong password with 401 and { url: "…?error=CredentialsSignin" }.
    if (!response.ok && response.status !== 401) return { ok: false, reason: "error" };
    const { url } = (await response.json()) as { url?: string };
    const failed = !url || new URL(url, window.location.origin).searchParams.has("error");
    return failed ? { ok: false, reason: "invalid" } : { ok: true };
  } catch {
    return { ok: false, reason: "error" };
  }
}

/** True once the session cookie is cleared; the caller must not claim "signed out" otherwise. */
export async function signOutRequest(): Promise<boolean> {
  try {
    const response = await fetch(
      "/api/auth/signout",
      form({ csrfToken: await csrfToken(), json: "true", callbackUrl: "/" }),
    );
    return response.ok;
  } catch {
    return false;
  }
}

/** Same-origin paths only, so a crafted ?callbackUrl= cannot send people to another site. */
export function safeCallback(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value;
}
