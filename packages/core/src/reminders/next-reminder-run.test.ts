import { describe, expect, it } from "vitest";
import { nextReminderRun } from "./next-reminder-run";

describe("next reminder run", () => {
  it("is the next chosen weekday at the local time, in the reminder's zone", () => {
    // 2026-06-01 is a Monday. Monday/Wednesday at 08:00 Moscow (05:00 UTC).
    const schedule = { daysOfWeek: [1, 3], time: "08:00", timezone: "Europe/Moscow" };
    expect(nextReminderRun(schedule, new Date("2026-06-01T04:00:00Z"))).toEqual(new Date("2026-06-01T05:00:00Z"));
    expect(nextReminderRun(schedule, new Date("2026-06-01T05:00:00Z"))).toEqual(new Date("2026-06-03T05:00:00Z"));
    expect(nextReminderRun(schedule, new Date("2026-06-03T06:00:00Z"))).toEqual(new Date("2026-06-08T05:00:00Z"));
  });

  it("keeps the wall-clock time across DST changes", () => {
    const daily = { daysOfWeek: [1, 2, 3, 4, 5, 6, 7], time: "09:30", timezone: "America/New_York" };
    // Before the 2026-03-08 change 09:30 is 14:30 UTC, after it 13:30 UTC.
    expect(nextReminderRun(daily, new Date("2026-03-07T15:00:00Z"))).toEqual(new Date("2026-03-08T13:30:00Z"));
    expect(nextReminderRun(daily, new Date("2026-03-06T15:00:00Z"))).toEqual(new Date("2026-03-07T14:30:00Z"));
    // A time inside the spring-forward gap (02:30 does not exist on 2026-03-08) moves forward, not skipped.
    const gap = { daysOfWeek: [7], time: "02:30", timezone: "America/New_York" };
    expect(nextReminderRun(gap, new Date("2026-03-08T05:00:00Z"))).toEqual(new Date("2026-03-08T07:30:00Z"));
  });

  it("crosses the date line: Sunday in Auckland is still Saturday in UTC", () => {
    const schedule = { daysOfWeek: [7], time: "07:00", timezone: "Pacific/Auckland" };
    expect(nextReminderRun(schedule, new Date("2026-06-05T00:00:00Z"))).toEqual(new Date("2026-06-06T19:00:00Z"));
  });
});
