import type { TLocale } from "../i18n/locales";
import { readAnswer, readerLocale, type TApiResult, type TRawAnswer } from "./api-failure";

export type TApiRequest = {
  /** GET unless said. */
  method?: string;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is (a file, form fields); with `contentType` when the browser cannot tell it. */
  body?: BodyInit;
  contentType?: string;
  cache?: RequestCache;
  signal?: AbortSignal;
  /** The language of the failure texts; the page's <html lang> by default. */
  locale?: TLocale;
};

/**
 * The one way browser code calls our HTTP APIs (the web app's /api/v1, the panel's /trainer/api, next-auth): it
 * never throws, and a failure of any kind comes back with a message in the reader's language.
 */
export async function apiCall<T = unknown>(path: string, request: TApiRequest = {}): Promise<TApiResult<T>> {
  const { method = "GET", json, body, contentType, cache, signal, locale = readerLocale() } = request;
  const type = json !== undefined ? "application/json" : contentType;
  let answer: TRawAnswer;
  try {
    const response = await fetch(path, {
      method,
      headers: type ? { "content-type": type } : {},
      body: json !== undefined ? JSON.stringify(json) : body,
      cache,
      signal,
    });
    answer = {
      kind: "answer",
      status: response.status,
      text: await response.text(),
      retryAfter: response.headers.get("retry-after"),
    };
  } catch {
    answer = signal?.aborted ? { kind: "aborted" } : { kind: "network" };
  }
  return readAnswer<T>(answer, locale);
}

export type TUploadRequest = {
  /** POST unless said. */
  method?: string;
  body: Blob;
  /** The blob's own type unless said. */
  contentType?: string;
  /** Bytes sent so far; only XMLHttpRequest reports upload progress, which is why uploads do not use fetch. */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
  locale?: TLocale;
};

/**
 * A file sent as the raw body with upload progress (our upload routes, or S3 through a presigned URL). The answer is
 * read exactly as apiCall reads it.
 */
export function apiUpload<T = unknown>(url: string, request: TUploadRequest): Promise<TApiResult<T>> {
  const { method = "POST", body, contentType = body.type, onProgress, signal, locale = readerLocale() } = request;
  return new Promise((resolve) => {
    const done = (answer: TRawAnswer) => resolve(readAnswer<T>(answer, locale));
    // An abort listener added to an already aborted signal never fires: the cancel may have come before the call.
    if (signal?.aborted) return done({ kind: "aborted" });
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    if (contentType) xhr.setRequestHeader("content-type", contentType);
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : body.size);
    xhr.onload = () =>
      done({
        kind: "answer",
        status: xhr.status,
        text: xhr.responseText,
        retryAfter: xhr.getResponseHeader("retry-after"),
      });
    xhr.onerror = () => done({ kind: "network" });
    xhr.onabort = () => done({ kind: "aborted" });
    xhr.ontimeout = () => done({ kind: "timeout" });
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
