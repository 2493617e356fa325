export type TTimerRow = { elapsedMs: number; runningSince: Date | null };

/** Milliseconds the timer has run: what ran before plus the current run. */
export function elapsedMs(row: TTimerRow, now: Date): number {
  return row.elapsedMs + (row.runningSince ? Math.max(0, now.getTime() - row.runningSince.getTime()) : 0);
}

/** What a client needs to draw the timer on any device: remaining time and whether it runs, from the server's clock. */
export function timerView(durationSec: number, row: TTimerRow, now: Date) {
  const remainingMs = Math.max(0, durationSec * 1000 - elapsedMs(row, now));
  return {
    durationSec,
    remainingMs,
    isRunning: row.runningSince !== null && remainingMs > 0,
    isFinished: remainingMs === 0,
  };
}
