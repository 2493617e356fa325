import { describe, expect, it } from "vitest";
import { queueEnv } from "./index";

describe("queue schedules", () => {
  it("default to the schedules the worker always ran", () => {
    expect(queueEnv({})).toEqual({
      EXAM_CLEANUP_CRON: "30 3 * * *",
      EXAM_CLEANUP_TZ: "Europe/Moscow",
      RECOMMENDATIONS_CRON: "15 4 * * *",
      RECOMMENDATIONS_TZ: "Europe/Moscow",
    });
  });

  it("take another pattern and time zone, and name a wrong one", () => {
    expect(queueEnv({ EXAM_CLEANUP_CRON: "0 2 * * 1", EXAM_CLEANUP_TZ: "Asia/Almaty" })).toMatchObject({
      EXAM_CLEANUP_CRON: "0 2 * * 1",
      EXAM_CLEANUP_TZ: "Asia/Almaty",
    });
    expect(() => queueEnv({ RECOMMENDATIONS_TZ: "Moscow/Kremlin" })).toThrowError(
      /RECOMMENDATIONS_TZ: must be an IANA/,
    );
    expect(() => queueEnv({ EXAM_CLEANUP_CRON: "daily" })).toThrowError(/EXAM_CLEANUP_CRON: must be a cron pattern/);
  });
});
