"use client";

import { useEffect, useRef, useState } from "react";

type TState = "loading" | "ready" | "error";

/**
 * Plays our protected HLS (AES-128, signed segment URLs) with hls.js where Media Source Extensions exist, and with
 * the browser's own HLS (Safari, iOS) otherwise. The session cookie rides along on every request (same origin), so
 * the playlist and key routes can check who is watching. `data-state` and `data-level` let tests see what loaded.
 */
export function HlsPlayer({
  src,
  poster,
  title,
  errorText,
}: {
  src: string;
  poster?: string;
  title: string;
  errorText: string;
}) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<TState>("loading");
  const [level, setLevel] = useState<string>("");

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    let destroyed = false;
    let destroy = () => {};
    void import("hls.js").then(({ default: Hls }) => {
      if (destroyed) return;
      if (Hls.isSupported()) {
        // No worker: the CSP allows no blob: workers, and demuxing 4 s segments on the main thread is cheap.
        const hls = new Hls({ enableWorker: false });
        hls.on(Hls.Events.MANIFEST_PARSED, () => setState("ready"));
        hls.on(Hls.Events.LEVEL_LOADED, (_event, data) => setLevel(String(data.level)));
        hls.on(Hls.Events.ERROR, (_event, data) => {
          if (data.fatal) setState("error");
        });
        hls.loadSource(src);
        hls.attachMedia(video);
        destroy = () => hls.destroy();
      } else if (video.canPlayType("application/vnd.apple.mpegurl")) {
        video.src = src;
        video.addEventListener("loadedmetadata", () => setState("ready"), { once: true });
        video.addEventListener("error", () => setState("error"), { once: true });
      } else {
        setState("error");
      }
    });
    return () => {
      destroyed = true;
      destroy();
    };
  }, [src]);

  return (
    <div className="hls-player" data-state={state} data-level={level}>
      <video
        ref={videoRef}
        className="video"
        controls
        playsInline
        preload="metadata"
        poster={poster}
        aria-label={title}
      />
      {state === "error" && (
        <p className="alert error" role="alert">
          {errorText}
        </p>
      )}
    </div>
  );
}
