"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useEffect, useState } from "react";
import { StatusMessage } from "../common/status-message";
import { completeAndReload, stepPath, type TStepRef } from "./step-actions";

type TTimer = { durationSec: number; remainingMs: number; isRunning: boolean; isFinished: boolean };
type TLabels = {
  label: string;
  start: string;
  pause: string;
  resume: string;
  reset: string;
  finished: string;
  done: string;
};

const format = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
};

/**
 * A step timer whose truth is on the server: the page draws the remaining time the server reported and counts
 * down locally; every start, pause and reset goes to the server, so a reload or another device agrees.
 */
export function TrainingStep({
  refs,
  initial,
  completed,
  labels,
}: {
  refs: TStepRef;
  initial: TTimer;
  completed: boolean;
  labels: TLabels;
}) {
  const hydrated = useHydrated();
  const [timer, setTimer] = useState(initial);
  const [deadline, setDeadline] = useState(() => (initial.isRunning ? Date.now() + initial.remainingMs : null));
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!deadline) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [deadline]);

  const remaining = deadline ? Math.max(0, deadline - now) : timer.remainingMs;
  const finished = remaining === 0;

  async function act(action: "start" | "pause" | "reset") {
    setBusy(true);
    const result = await apiCall<{ timer: TTimer }>(stepPath(refs, "timer"), { method: "POST", json: { action } });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setError(null);
    setTimer(result.data.timer);
    setNow(Date.now());
    setDeadline(result.data.timer.isRunning ? Date.now() + result.data.timer.remainingMs : null);
  }

  if (completed) return null;
  const started = timer.remainingMs < timer.durationSec * 1000 || Boolean(deadline);
  return (
    <div className="timer stack">
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      <p className="timer-display" role="timer" aria-live="off" aria-label={labels.label}>
        {format(remaining)}
      </p>
      {finished && <p role="status">{labels.finished}</p>}
      <div className="row">
        {!finished && !deadline && (
          <button className="button" type="button" disabled={busy || !hydrated} onClick={() => act("start")}>
            {started ? labels.resume : labels.start}
          </button>
        )}
        {!finished && deadline && (
          <button className="button" type="button" disabled={busy || !hydrated} onClick={() => act("pause")}>
            {labels.pause}
          </button>
        )}
        {started && (
          <button className="button secondary" type="button" disabled={busy || !hydrated} onClick={() => act("reset")}>
            {labels.reset}
          </button>
        )}
        {finished && (
          <button
            className="button"
            type="button"
            disabled={busy || !hydrated}
            onClick={async () => setError(await completeAndReload(refs))}
          >
            {labels.done}
          </button>
        )}
      </div>
    </div>
  );
}
