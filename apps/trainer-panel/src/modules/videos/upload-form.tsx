"use client";

import { useHydrated } from "@gafus/ui/client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import {
  cancelUpload,
  clearPending,
  readPending,
  UploadCancelled,
  UploadError,
  uploadVideo,
  type TPendingUpload,
  type TUploadProgress,
} from "./multipart-upload";
import type { TVideoLabels } from "./labels";

const ACCEPT = "video/mp4,video/webm,video/quicktime,.mp4,.webm,.mov";
const TYPES = ["video/mp4", "video/webm", "video/quicktime"];

/** Choose a file → progress bar → done; cancel at any time; an interrupted upload resumes with the same file. */
export function UploadForm({
  labels,
  maxBytes,
  maxLabel,
  onChanged,
}: {
  labels: TVideoLabels;
  maxBytes: number;
  maxLabel: string;
  onChanged: () => void;
}) {
  const hydrated = useHydrated();
  const [pending, setPending] = useState<TPendingUpload | null>(null);
  const [progress, setProgress] = useState<TUploadProgress | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const assetId = useRef<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  // An unfinished upload lives in this browser's localStorage, which the server render cannot see: read it once
  // after hydration so the page can offer to resume.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setPending(readPending()), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return;
    const title = String(data.get("title") ?? "").trim() || file.name.replace(/\.[^.]+$/, "");
    if (!TYPES.includes(file.type)) return setMessage({ kind: "error", text: labels.badType });
    if (file.size > maxBytes) return setMessage({ kind: "error", text: labels.tooLarge.replace("{max}", maxLabel) });
    setMessage(null);
    controller.current = new AbortController();
    setProgress({ loaded: 0, total: file.size, reconnecting: false });
    try {
      await uploadVideo({
        file,
        title,
        signal: controller.current.signal,
        onStarted: (id) => {
          assetId.current = id;
          onChanged();
        },
        onProgress: setProgress,
      });
      form.reset();
      setPending(null);
      setMessage({ kind: "success", text: labels.uploaded });
    } catch (error) {
      if (error instanceof UploadCancelled) {
        // Cancel may land while the upload was still being opened: abort whatever was opened meanwhile.
        if (assetId.current) await cancelUpload(assetId.current);
        assetId.current = null;
        setMessage({ kind: "success", text: labels.cancelled });
      } else {
        // The server refused the file itself (type, size, state): there is nothing to resume.
        if (error instanceof UploadError && error.status >= 400 && error.status < 500) clearPending();
        setPending(readPending());
        // The two refusals a trainer can act on are said in their language; anything else keeps the server's words.
        const status = error instanceof UploadError ? error.status : 0;
        const reason =
          status === 415
            ? labels.badType
            : status === 413
              ? labels.tooLarge.replace("{max}", maxLabel)
              : (error as Error).message;
        setMessage({ kind: "error", text: labels.failedUpload.replace("{reason}", reason) });
      }
    } finally {
      setProgress(null);
      controller.current = null;
      onChanged();
    }
  }

  async function cancel() {
    controller.current?.abort();
    const id = assetId.current ?? pending?.assetId;
    if (id) await cancelUpload(id);
    assetId.current = null;
    setPending(null);
    setMessage({ kind: "success", text: labels.cancelled });
    onChanged();
  }

  const percent = progress ? Math.floor((progress.loaded / Math.max(1, progress.total)) * 100) : 0;
  const uploadingText = labels.uploading.replace("{percent}", String(percent));
  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} aria-labelledby="upload-title">
      <h2 id="upload-title">{labels.uploadTitle}</h2>
      {pending && !progress && (
        <div className="alert" role="status">
          <p>{labels.resumeHint.replace("{name}", pending.name)}</p>
          <div className="row">
            <button className="button secondary small" type="button" onClick={() => void cancel()}>
              {labels.discard}
            </button>
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor="video-title">{labels.name}</label>
        <input id="video-title" name="title" ref={titleRef} maxLength={200} defaultValue={pending?.title ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="video-file">{labels.file}</label>
        <input id="video-file" name="file" type="file" accept={ACCEPT} required disabled={Boolean(progress)} />
      </div>
      {progress && (
        <>
          <div
            className="progress"
            role="progressbar"
            aria-label={labels.progress}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <span style={{ width: `${percent}%` }} />
          </div>
          <p role="status" data-testid="upload-status">
            {progress.reconnecting ? labels.reconnecting : uploadingText}
          </p>
        </>
      )}
      {message && (
        <p className={`alert ${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      <div className="row">
        <button className="button" type="submit" disabled={!hydrated || Boolean(progress)}>
          {labels.upload}
        </button>
        {progress && (
          <button className="button secondary" type="button" onClick={() => void cancel()}>
            {labels.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
