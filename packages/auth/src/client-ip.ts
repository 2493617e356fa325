/**
 * The client address as nginx saw it. Apps listen on 127.0.0.1 only, behind nginx, which overwrites X-Real-IP,
 * so the header cannot be forged by a client.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string) => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return get("x-real-ip") ?? get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}
