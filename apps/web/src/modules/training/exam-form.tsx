"use client";

import { apiCall, apiUpload, useHydrated } from "@gafus/ui/client";
import { QuizQuestions, type TQuizQuestion } from "@gafus/ui/content";
import { useState, type FormEvent } from "react";
import { StatusMessage } from "../common/status-message";
import { reloadAfterProgress, stepPath, type TStepRef } from "./step-actions";
import { VideoRecorder } from "./video-recorder";

export type TExamLabels = {
  quiz: string;
  written: string;
  video: string;
  videoHint: string;
  record: string;
  stop: string;
  uploading: string;
  uploaded: string;
  submit: string;
  answerAll: string;
};

export function ExamForm({
  refs,
  questions,
  requiresWrittenAnswer,
  requiresVideo,
  labels,
}: {
  refs: TStepRef;
  questions: TQuizQuestion[];
  requiresWrittenAnswer: boolean;
  requiresVideo: boolean;
  labels: TExamLabels;
}) {
  const hydrated = useHydrated();
  const [videoKey, setVideoKey] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(file: Blob) {
    setStatus(null);
    setVideoKey(null);
    setProgress(0);
    // A student on a phone connection needs to see a file of tens of megabytes go up: apiUpload reports progress.
    const result = await apiUpload<{ videoKey: string }>("/api/v1/uploads/exam-video", {
      body: file,
      contentType: file.type || "application/octet-stream",
      onProgress: (loaded, total) => setProgress(Math.round((loaded / Math.max(1, total)) * 100)),
    });
    setProgress(null);
    if (result.ok) {
      setVideoKey(result.data.videoKey);
      setStatus({ kind: "success", text: labels.uploaded });
    } else setStatus({ kind: "error", text: result.message });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const answers = Object.fromEntries(questions.map((q) => [q.id, data.getAll(`q-${q.id}`).map(String)]));
    if (questions.some((q) => answers[q.id]?.length === 0)) return setStatus({ kind: "error", text: labels.answerAll });
    setBusy(true);
    const written = String(data.get("writtenAnswer") ?? "").trim();
    const result = await apiCall<{ dayCompleted: boolean }>(stepPath(refs, "exam"), {
      method: "POST",
      json: { answers, ...(written ? { writtenAnswer: written } : {}), ...(videoKey ? { videoKey } : {}) },
    });
    if (result.ok) return reloadAfterProgress(result.data.dayCompleted);
    setBusy(false);
    setStatus({ kind: "error", text: result.message });
  }

  const fileId = `video-${refs.step}`;
  return (
    <form className="stack exam" onSubmit={onSubmit} noValidate>
      {questions.length > 0 && <h3>{labels.quiz}</h3>}
      <QuizQuestions questions={questions} />
      {requiresWrittenAnswer && (
        <div className="field">
          <label htmlFor={`written-${refs.step}`}>{labels.written}</label>
          <textarea id={`written-${refs.step}`} name="writtenAnswer" rows={4} maxLength={5000} required />
        </div>
      )}
      {requiresVideo && (
        <div className="field stack">
          <label htmlFor={fileId}>{labels.video}</label>
          <input
            id={fileId}
            type="file"
            accept="video/mp4,video/webm,video/quicktime"
            aria-describedby={`${fileId}-hint`}
            onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
          />
          <p className="hint" id={`${fileId}-hint`}>
            {labels.videoHint}
          </p>
          <VideoRecorder onRecorded={upload} labels={{ record: labels.record, stop: labels.stop }} />
          {progress !== null && (
            <div
              className="progress"
              role="progressbar"
              aria-valuenow={progress}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-label={labels.uploading.replace("{percent}", String(progress))}
            >
              <span style={{ width: `${progress}%` }} />
            </div>
          )}
          {progress !== null && <p role="status">{labels.uploading.replace("{percent}", String(progress))}</p>}
        </div>
      )}
      <StatusMessage status={status} />
      <button
        className="button"
        type="submit"
        disabled={!hydrated || busy || progress !== null || (requiresVideo && !videoKey)}
      >
        {labels.submit}
      </button>
    </form>
  );
}
