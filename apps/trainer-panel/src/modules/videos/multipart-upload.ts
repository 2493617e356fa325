/**
 * Browser side of the presigned multipart upload. The parts go straight to S3 (two at a time); our API only opens,
 * signs, completes and cancels. The upload id lives on the server (the asset row) and S3 knows which parts it
 * holds, so the browser keeps only "which asset was this file" in localStorage: after a reload or a dropped
 * connection, choosing the same file asks the server what is done and sends the rest.
 */
const API = "/trainer/api/videos";
const STORE = "gafus.videoUpload";
const PARALLEL = 2;
const BATCH = 10;

export type TPendingUpload = { assetId: string; name: string; size: number; lastModified: number; title: string };
export type TUploadProgress = { loaded: number; total: number; reconnecting: boolean };

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status = 0,
  ) {
    super(message);
  }
}

export class UploadCancelled extends Error {}

export function readPending(): TPendingUpload | null {
  try {
    return JSON.parse(localStorage.getItem(STORE) ?? "null") as TPendingUpload | null;
  } catch {
    return null;
  }
}

export function clearPending(): void {
  localStorage.removeItem(STORE);
}

const sameFile = (p: TPendingUpload, file: File) =>
  p.name === file.name && p.size === file.size && p.lastModified === file.lastModified;

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${API}${path}`, {
    ...init,
    headers: init.body ? { "content-type": "application/json" } : {},
  });
  const body = (await response.json().catch(() => null)) as (T & { message?: string }) | null;
  if (!response.ok) throw new UploadError(body?.message ?? `HTTP ${response.status}`, response.status);
  return body as T;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new UploadCancelled());
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(new UploadCancelled())), { once: true });
  });

/** PUT one part with upload progress; resolves on 2xx, rejects with status 0 on a network error. */
function putPart(url: string, body: Blob, signal: AbortSignal, onLoaded: (bytes: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // An abort listener added to an already aborted signal never fires: cancel may have come while we signed.
    if (signal.aborted) return reject(new UploadCancelled());
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", url);
    xhr.upload.onprogress = (event) => onLoaded(event.loaded);
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new UploadError(`S3 ${xhr.status}`, xhr.status));
    xhr.onerror = () => reject(new UploadError("network error", 0));
    xhr.onabort = () => reject(new UploadCancelled());
    signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

export async function uploadVideo({
  file,
  title,
  signal,
  onStarted,
  onProgress,
}: {
  file: File;
  title: string;
  signal: AbortSignal;
  onStarted: (assetId: string) => void;
  onProgress: (progress: TUploadProgress) => void;
}): Promise<string> {
  let state: { id: string; partSize: number; partCount: number; done: number[] } | null = null;
  const pending = readPending();
  if (pending && sameFile(pending, file)) {
    state = await api<{ id: string; partSize: number; partCount: number; done: number[] }>(
      `/${pending.assetId}/upload`,
    ).catch(() => null);
    if (!state) clearPending();
  }
  if (!state) {
    const created = await api<{ id: string; partSize: number; partCount: number }>("", {
      method: "POST",
      body: JSON.stringify({ title, fileName: file.name, contentType: file.type, sizeBytes: file.size }),
    });
    state = { ...created, done: [] };
    const record: TPendingUpload = {
      assetId: created.id,
      name: file.name,
      size: file.size,
      lastModified: file.lastModified,
      title,
    };
    localStorage.setItem(STORE, JSON.stringify(record));
  }
  const { id, partSize, partCount } = state;
  onStarted(id);
  if (signal.aborted) throw new UploadCancelled();
  const sizeOf = (n: number) => Math.min(partSize, file.size - (n - 1) * partSize);
  const done = new Set(state.done);
  const inFlight = new Map<number, number>();
  let reconnecting = false;
  const report = () => {
    let loaded = 0;
    for (const n of done) loaded += sizeOf(n);
    for (const bytes of inFlight.values()) loaded += bytes;
    onProgress({ loaded, total: file.size, reconnecting });
  };
  report();

  const todo = Array.from({ length: partCount }, (_, i) => i + 1).filter((n) => !done.has(n));
  const urls = new Map<number, string>();
  async function urlFor(n: number): Promise<string> {
    if (!urls.has(n)) {
      const batch = todo.filter((m) => m >= n && !done.has(m)).slice(0, BATCH);
      const { parts } = await api<{ parts: { partNumber: number; url: string }[] }>(`/${id}/upload/parts`, {
        method: "POST",
        body: JSON.stringify({ partNumbers: batch }),
      });
      for (const part of parts) urls.set(part.partNumber, part.url);
    }
    return urls.get(n) as string;
  }

  let next = 0;
  async function lane() {
    while (next < todo.length) {
      const n = todo[next++] as number;
      for (let attempt = 0; ; attempt++) {
        if (signal.aborted) throw new UploadCancelled();
        try {
          const blob = file.slice((n - 1) * partSize, (n - 1) * partSize + sizeOf(n));
          await putPart(await urlFor(n), blob, signal, (bytes) => (inFlight.set(n, bytes), report()));
          inFlight.delete(n);
          done.add(n);
          reconnecting = false;
          report();
          break;
        } catch (error) {
          inFlight.delete(n);
          if (error instanceof UploadCancelled || signal.aborted) throw new UploadCancelled();
          const status = error instanceof UploadError ? error.status : 0;
          // A dropped connection (status 0) or a 5xx: wait and send the same part again, as long as it takes.
          // A presigned URL that expired (403) is signed anew. Anything else is a real refusal.
          if (status !== 0 && status < 500 && status !== 403) throw error;
          if (status === 403) urls.delete(n);
          reconnecting = status === 0;
          report();
          await sleep(Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5)), signal);
        }
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  await api(`/${id}/upload/complete`, { method: "POST" });
  clearPending();
  return id;
}

export async function cancelUpload(assetId: string): Promise<void> {
  await api(`/${assetId}/upload`, { method: "DELETE" }).catch(() => undefined);
  clearPending();
}
