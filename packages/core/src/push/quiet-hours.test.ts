import { describe, expect, it } from "vitest";
import { quietUntil } from "./quiet-hours";

const hours = (start: string, end: string) => ({
  quietStart: Number(start.slice(0, 2)) * 60 + Number(start.slice(3)),
  quietEnd: Number(end.slice(0, 2)) * 60 + Number(end.slice(3)),
});

describe("quiet hours", () => {
  it("wrap past midnight: late evening and early morning are quiet, until the end of the window", () => {
    const q = hours("22:00", "07:00");
    expect(quietUntil(q, "Europe/Moscow", new Date("2026-06-01T20:30:00Z"))).toEqual(new Date("2026-06-02T04:00:00Z"));
    expect(quietUntil(q, "Europe/Moscow", new Date("2026-06-02T02:00:00Z"))).toEqual(new Date("2026-06-02T04:00:00Z"));
    expect(quietUntil(q, "Europe/Moscow", new Date("2026-06-02T04:00:00Z"))).toBeNull();
    expect(quietUntil(q, "Europe/Moscow", new Date("2026-06-02T12:00:00Z"))).toBeNull();
  });

  it("within one day, and off when unset", () => {
    const q = hours("13:00", "15:00");
    expect(quietUntil(q, "UTC", new Date("2026-06-01T14:10:00Z"))).toEqual(new Date("2026-06-01T15:00:00Z"));
    expect(quietUntil(q, "UTC", new Date("2026-06-01T15:10:00Z"))).toBeNull();
    expect(quietUntil({ quietStart: null, quietEnd: null }, "UTC", new Date())).toBeNull();
  });

  it("ends at the local wall-clock time across a DST change", () => {
    // Berlin moves to summer time on 2026-03-29 at 02:00; 07:00 that morning is 05:00 UTC, not 06:00.
    const q = hours("23:00", "07:00");
    expect(quietUntil(q, "Europe/Berlin", new Date("2026-03-28T23:30:00Z"))).toEqual(new Date("2026-03-29T05:00:00Z"));
  });
});
