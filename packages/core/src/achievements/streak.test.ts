import { describe, expect, it } from "vitest";
import { computeStreak, localDate } from "./streak";

describe("computeStreak", () => {
  it("counts consecutive days up to today or yesterday", () => {
    expect(computeStreak(["2026-03-01", "2026-03-02", "2026-03-03"], "2026-03-03")).toEqual({ current: 3, best: 3 });
    expect(computeStreak(["2026-03-01", "2026-03-02"], "2026-03-03")).toEqual({ current: 2, best: 2 });
    expect(computeStreak(["2026-03-01"], "2026-03-05")).toEqual({ current: 0, best: 1 });
  });

  it("keeps the best run when the current one is shorter, across month ends", () => {
    const days = ["2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01", "2026-03-05"];
    expect(computeStreak(days, "2026-03-05")).toEqual({ current: 1, best: 4 });
  });
});

describe("localDate", () => {
  it("uses the student's time zone, not UTC", () => {
    const lateEvening = new Date("2026-03-01T22:30:00Z");
    expect(localDate(lateEvening, "UTC")).toBe("2026-03-01");
    expect(localDate(lateEvening, "Europe/Moscow")).toBe("2026-03-02");
  });
});
