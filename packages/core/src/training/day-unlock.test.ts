import { describe, expect, it } from "vitest";
import { dayStates } from "./day-unlock";
import { timerView } from "./timer-state";

const day = (type: string, completed = false) => ({ type, completed });

describe("dayStates", () => {
  it("opens the first day and each day after a completed one", () => {
    expect(dayStates([day("INTRODUCTION"), day("REGULAR"), day("REGULAR")])).toEqual(["open", "locked", "locked"]);
    expect(dayStates([day("INTRODUCTION", true), day("REGULAR"), day("REGULAR")])).toEqual([
      "completed",
      "open",
      "locked",
    ]);
  });

  it("keeps the summary day locked until every other day is done", () => {
    expect(dayStates([day("REGULAR", true), day("REGULAR"), day("SUMMARY")])).toEqual(["completed", "open", "locked"]);
    expect(dayStates([day("REGULAR", true), day("REGULAR", true), day("SUMMARY")])).toEqual([
      "completed",
      "completed",
      "open",
    ]);
  });

  it("never locks a course that puts a summary in the middle or has two", () => {
    expect(dayStates([day("REGULAR", true), day("SUMMARY"), day("REGULAR")])).toEqual(["completed", "locked", "open"]);
    expect(dayStates([day("REGULAR", true), day("SUMMARY"), day("REGULAR", true), day("SUMMARY")])).toEqual([
      "completed",
      "open",
      "completed",
      "open",
    ]);
  });
});

describe("timerView", () => {
  const start = new Date("2026-01-01T10:00:00Z");
  it("counts down while running and keeps paused time", () => {
    expect(timerView(60, { elapsedMs: 0, runningSince: start }, new Date(start.getTime() + 15_000))).toMatchObject({
      remainingMs: 45_000,
      isRunning: true,
    });
    expect(timerView(60, { elapsedMs: 20_000, runningSince: null }, new Date())).toMatchObject({
      remainingMs: 40_000,
      isRunning: false,
      isFinished: false,
    });
  });

  it("finishes at zero and never goes negative", () => {
    const view = timerView(10, { elapsedMs: 5_000, runningSince: start }, new Date(start.getTime() + 60_000));
    expect(view).toMatchObject({ remainingMs: 0, isFinished: true, isRunning: false });
  });
});
