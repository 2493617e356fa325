"use client";

import { useRef, useState } from "react";

/** Records a video report with the device camera (MediaRecorder) and hands the result over as a WebM/MP4 blob. */
export function VideoRecorder({
  onRecorded,
  labels,
}: {
  onRecorded: (blob: Blob) => void;
  labels: { record: string; stop: string };
}) {
  const [recording, setRecording] = useState(false);
  const recorder = useRef<MediaRecorder | null>(null);
  const preview = useRef<HTMLVideoElement | null>(null);

  if (typeof window !== "undefined" && !("MediaRecorder" in window)) return null;

  async function start() {
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    if (preview.current) preview.current.srcObject = stream;
    const chunks: Blob[] = [];
    const rec = new MediaRecorder(stream);
    rec.ondataavailable = (event) => chunks.push(event.data);
    rec.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      if (preview.current) preview.current.srcObject = null;
      onRecorded(new Blob(chunks, { type: rec.mimeType || "video/webm" }));
    };
    rec.start(1000);
    recorder.current = rec;
    setRecording(true);
  }

  return (
    <div className="stack">
      <video ref={preview} muted autoPlay playsInline className={recording ? "recorder-preview" : "hidden"} />
      <button
        className="button secondary"
        type="button"
        onClick={() =>
          recording ? (recorder.current?.stop(), setRecording(false)) : start().catch(() => setRecording(false))
        }
      >
        {recording ? labels.stop : labels.record}
      </button>
    </div>
  );
}
