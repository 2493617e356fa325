"use client";

import type { TVideoRow } from "@gafus/core";
import { useCallback, useEffect, useState } from "react";
import { panelApi } from "../authoring/api";
import type { TVideoLabels } from "./labels";
import { UploadForm } from "./upload-form";
import { VideoList } from "./video-list";

const ACTIVE = new Set(["UPLOADING", "QUEUED", "TRANSCODING"]);

/** Upload form and list; while anything is queued or transcoding, the list refreshes every two seconds. */
export function VideosPanel({
  initial,
  labels,
  listTitle,
  maxBytes,
  maxLabel,
}: {
  initial: TVideoRow[];
  labels: TVideoLabels;
  listTitle: string;
  maxBytes: number;
  maxLabel: string;
}) {
  const [videos, setVideos] = useState(initial);
  // The list keeps what it last knew while a refresh fails, and says why until one succeeds again.
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const result = await panelApi<{ videos: TVideoRow[] }>("/videos", { cache: "no-store" });
    if (result.ok) setVideos(result.data.videos);
    setRefreshError(result.ok ? null : result.message);
  }, []);
  const active = videos.some((v) => ACTIVE.has(v.status));
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void refresh(), 2000);
    return () => clearInterval(timer);
  }, [active, refresh]);
  return (
    <>
      <UploadForm labels={labels} maxBytes={maxBytes} maxLabel={maxLabel} onChanged={() => void refresh()} />
      <section className="stack" aria-labelledby="videos-list-title">
        <h2 id="videos-list-title">{listTitle}</h2>
        {refreshError && (
          <p className="alert error" role="alert">
            {refreshError}
          </p>
        )}
        <VideoList videos={videos} labels={labels} onChanged={() => void refresh()} />
      </section>
    </>
  );
}
