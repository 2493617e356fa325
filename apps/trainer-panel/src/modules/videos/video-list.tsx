"use client";

import type { TVideoRow } from "@gafus/core";
import { HlsPlayer } from "@gafus/ui/client";
import { useState } from "react";
import { panelApi } from "../authoring/api";
import type { TVideoLabels } from "./labels";

const formatDuration = (sec: number) => {
  const s = Math.round(sec);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, "0");
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
};

function StatusLine({ video, labels }: { video: TVideoRow; labels: TVideoLabels }) {
  const text = labels[`status.${video.status}`].replace("{percent}", String(video.progress));
  const busy = video.status === "TRANSCODING" || video.status === "QUEUED";
  return (
    <div className="stack-tight">
      <p>
        <span className={`badge video-status-${video.status.toLowerCase()}`} data-testid="video-status">
          {text}
        </span>
        {video.durationSec !== null && (
          <span className="small muted"> · {labels.duration.replace("{time}", formatDuration(video.durationSec))}</span>
        )}
      </p>
      {busy && (
        <div
          className="progress"
          role="progressbar"
          aria-label={text}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={video.progress}
        >
          <span style={{ width: `${video.progress}%` }} />
        </div>
      )}
      {video.error && (
        <p className="small alert error" role={video.status === "FAILED" ? "alert" : undefined}>
          {video.errorCode ? labels[`reason.${video.errorCode}`] : video.error}
        </p>
      )}
    </div>
  );
}

/** The trainer's videos with live status (the parent polls), retry, delete and an inline preview. */
export function VideoList({
  videos,
  labels,
  onChanged,
}: {
  videos: TVideoRow[];
  labels: TVideoLabels;
  onChanged: () => void;
}) {
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function act(path: string, method: "POST" | "DELETE") {
    setError(null);
    const result = await panelApi(`/videos/${path}`, { method });
    if (!result.ok) setError(result.message);
    onChanged();
  }

  if (videos.length === 0) return <p className="muted">{labels.empty}</p>;
  return (
    <>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <ul className="video-list">
        {videos.map((video) => (
          <li key={video.id} className="card video-item" data-video-id={video.id}>
            <div className="video-thumb">
              {video.hasThumbnail ? (
                <img src={`/media/${video.id}/thumb.jpg`} alt="" width={160} height={90} loading="lazy" />
              ) : (
                <span aria-hidden="true">▶</span>
              )}
            </div>
            <div className="stack-tight video-body">
              <h3>{video.title}</h3>
              <StatusLine video={video} labels={labels} />
              <div className="row">
                {video.status === "READY" && (
                  <button
                    className="button small"
                    type="button"
                    aria-expanded={preview === video.id}
                    onClick={() => setPreview(preview === video.id ? null : video.id)}
                  >
                    {preview === video.id ? labels.hidePreview : labels.preview}
                  </button>
                )}
                {video.canRetry && (
                  <button className="button small" type="button" onClick={() => void act(`${video.id}/retry`, "POST")}>
                    {labels.retry}
                  </button>
                )}
                {
                  <button
                    className="button small secondary"
                    type="button"
                    aria-label={`${labels.delete}: ${video.title}`}
                    onClick={() => {
                      if (window.confirm(labels.deleteConfirm.replace("{name}", video.title)))
                        void act(video.id, "DELETE");
                    }}
                  >
                    {labels.delete}
                  </button>
                }
              </div>
              {preview === video.id && (
                <HlsPlayer
                  src={`/media/${video.id}/master.m3u8`}
                  poster={video.hasThumbnail ? `/media/${video.id}/thumb.jpg` : undefined}
                  title={video.title}
                  errorText={labels.playError}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
