// Browser-side JSON calls to /api/v1 with the platform's error format.

export type TApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: string; message: string; details: Record<string, unknown> };

export async function apiCall<T = unknown>(path: string, method: string, body?: unknown): Promise<TApiResult<T>> {
  try {
    const response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    if (response.ok) return { ok: true, status: response.status, data: data as T };
    return {
      ok: false,
      status: response.status,
      error: data?.error ?? "error",
      message: data?.message ?? "",
      details: data?.details ?? {},
    };
  } catch {
    return { ok: false, status: 0, error: "network", message: "", details: {} };
  }
}
