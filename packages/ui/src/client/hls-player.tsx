"use client";

import { useEffect, useRef, useState } from "react";

type TState = "loading" | "ready" | "error";

/**
 * Segment URLs in our playlists are signed for MEDIA_URL_TTL_SEC (600 s) and hls.js never reloads a VOD playlist, so
 * a long video or a long pause ends in 403s. Loading the source again fetches freshly signed playlists. Bounded: the
 * count starts again only once the refused segment itself loads, so a real refusal (access revoked) ends in the error
 * state, not a loop.
 */
const MAX_RELOADS_IN_A_ROW = 3;

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
        let reloads = 0;
        let reloading = false;
        // The refused segment's number: only loading it (or a later one) proves the reload helped. Segments before
        // it load fine after every reload, so counting those would let a refusal that stays loop for ever.
        let refusedSn = -1;
        const start = (at: number, resume: boolean) => {
          // No worker: the CSP allows no blob: workers, and demuxing 4 s segments on the main thread is cheap.
          const hls = new Hls({ enableWorker: false, startPosition: at });
          hls.on(Hls.Events.MANIFEST_PARSED, () => {
            setState("ready");
            if (resume) video.play().catch(() => undefined);
          });
          hls.on(Hls.Events.LEVEL_LOADED, (_event, data) => setLevel(String(data.level)));
          hls.on(Hls.Events.FRAG_LOADED, (_event, data) => {
            if (typeof data.frag.sn === "number" && data.frag.sn >= refusedSn) reloads = 0;
          });
          hls.on(Hls.Events.ERROR, (_event, data) => {
            const isExpired =
              data.response?.code === 403 &&
              (data.details === Hls.ErrorDetails.FRAG_LOAD_ERROR || data.details === Hls.ErrorDetails.KEY_LOAD_ERROR);
            if (isExpired && !reloading && reloads >= MAX_RELOADS_IN_A_ROW) {
              // Still refused with freshly signed URLs: access is gone. hls.js alone would keep switching renditions
              // (a 4xx is not fatal while another rendition is left), so we stop it and say so.
              setState("error");
              setTimeout(() => hls.destroy(), 0);
              return;
            }
            if (isExpired && !reloading) {
              reloads += 1;
              if (typeof data.frag?.sn === "number") refusedSn = data.frag.sn;
              reloading = true;
              const at = video.currentTime;
              const resume = !video.paused;
              // After this event's other listeners (hls.js's own error handling) have run on the old instance.
              setTimeout(() => {
                reloading = false;
                if (destroyed) return;
                hls.destroy();
                start(at, resume);
              }, 0);
              return;
            }
            if (data.fatal && !reloading) setState("error");
          });
          hls.loadSource(src);
          hls.attachMedia(video);
          destroy = () => hls.destroy();
        };
        start(-1, false);
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
