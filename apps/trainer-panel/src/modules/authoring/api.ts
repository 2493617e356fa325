// Browser-side JSON calls to the panel's own API (/trainer/api/...) in the platform's error format.

export type TApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; fields: Record<string, string[]>; details: Record<string, unknown> };

export async function apiCall<T = unknown>(path: string, method: string, body?: unknown): Promise<TApiResult<T>> {
  try {
    const response = await fetch(`/trainer/api${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => null);
    if (response.ok) return { ok: true, status: response.status, data: data as T };
    const details = (data?.details ?? {}) as Record<string, unknown>;
    return {
      ok: false,
      status: response.status,
      message: data?.message ?? "",
      fields: (details.fields ?? {}) as Record<string, string[]>,
      details,
    };
  } catch {
    return { ok: false, status: 0, message: "", fields: {}, details: {} };
  }
}
