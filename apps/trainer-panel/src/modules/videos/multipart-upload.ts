import { apiUpload, type TApiRequest } from "@gafus/ui/client";
import { panelApi } from "../authoring/api";

/**
 * Browser side of the presigned multipart upload. The parts go straight to S3 (two at a time); our API only opens,
 * signs, completes and cancels. The upload id lives on the server (the asset row) and S3 knows which parts it
 * holds, so the browser keeps only "which asset was this file" in localStorage: after a reload or a dropped
 * connection, choosing the same file asks the server what is done and sends the rest.
 */
const STORE = "gafus.videoUpload";
const PARALLEL = 2;
const BATCH = 10;

export type TPendingUpload = { assetId: string; name: string; size: number; lastModified: number; title: string };
export type TUploadProgress = { loaded: number; total: number; reconnecting: boolean };
type TUploadState = { id: string; partSize: number; partCount: number; done: number[] };

/** A refused or failed step of the upload; `message` is in the trainer's language, `status` 0 when nothing answered. */
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

async function api<T>(path: string, request: TApiRequest = {}): Promise<T> {
  const result = await panelApi<T>(`/videos${path}`, request);
  if (!result.ok) throw new UploadError(result.message, result.status);
  return result.data;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new UploadCancelled());
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(new UploadCancelled())), { once: true });
  });

/** PUT one part straight to S3 with upload progress; rejects with status 0 when nothing answered. */
async function putPart(url: string, body: Blob, signal: AbortSignal, onLoaded: (bytes: number) => void) {
  // The raw bytes of the part, without a content type, as the presigned URL was signed for.
  const result = await apiUpload(url, { method: "PUT", body, contentType: "", signal, onProgress: onLoaded });
  // S3 is not our API: any 2xx stored the part, whatever its body (empty here, XML elsewhere).
  if (result.ok || (result.status >= 200 && result.status < 300)) return;
  if (result.error === "aborted") throw new UploadCancelled();
  throw new UploadError(result.message, result.status);
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
  let state: TUploadState | null = null;
  const pending = readPending();
  if (pending && sameFile(pending, file)) {
    const resumed = await panelApi<TUploadState>(`/videos/${pending.assetId}/upload`);
    if (resumed.ok) state = resumed.data;
    // No answer at all fails like any other step; an answer means the server no longer has that upload (finished,
    // cancelled, removed), so a new one starts.
    else if (resumed.status === 0) throw new UploadError(resumed.message, 0);
    else clearPending();
  }
  if (!state) {
    const created = await api<{ id: string; partSize: number; partCount: number }>("", {
      method: "POST",
      json: { title, fileName: file.name, contentType: file.type, sizeBytes: file.size },
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
        json: { partNumbers: batch },
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

/**
 * Best effort: when the server cannot abort the upload now, the video stays in the list as "uploading", where the
 * trainer sees it and can delete it.
 */
export async function cancelUpload(assetId: string): Promise<void> {
  await panelApi(`/videos/${assetId}/upload`, { method: "DELETE" });
  clearPending();
}
