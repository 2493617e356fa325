import { apiCall, type TApiRequest, type TApiResult } from "@gafus/ui/client";

/** The panel's own API lives under its basePath; paths here are written without it (`/courses/…`). */
const PANEL_API = "/trainer/api";

export function panelApi<T = unknown>(path: string, request?: TApiRequest): Promise<TApiResult<T>> {
  return apiCall<T>(`${PANEL_API}${path}`, request);
}
