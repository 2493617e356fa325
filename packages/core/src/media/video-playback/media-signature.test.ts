import { describe, expect, it } from "vitest";
import { signMediaPath, verifyMediaPath } from "./media-signature";

const SECRET = "x".repeat(40);

describe("media URL signatures", () => {
  const now = 1_800_000_000;
  const sig = signMediaPath(SECRET, "a/720p/seg_0000.ts", now + 60);

  it("accepts our own unexpired signature", () => {
    expect(verifyMediaPath(SECRET, "a/720p/seg_0000.ts", String(now + 60), sig, now)).toBe(true);
  });

  it("refuses an expired, forged or moved URL", () => {
    expect(verifyMediaPath(SECRET, "a/720p/seg_0000.ts", String(now + 60), sig, now + 61)).toBe(false);
    expect(verifyMediaPath(SECRET, "a/720p/seg_0000.ts", String(now + 3600), sig, now)).toBe(false);
    expect(verifyMediaPath(SECRET, "a/720p/seg_0001.ts", String(now + 60), sig, now)).toBe(false);
    expect(verifyMediaPath("y".repeat(40), "a/720p/seg_0000.ts", String(now + 60), sig, now)).toBe(false);
    expect(verifyMediaPath(SECRET, "a/720p/seg_0000.ts", null, sig, now)).toBe(false);
    expect(verifyMediaPath(SECRET, "a/720p/seg_0000.ts", String(now + 60), "", now)).toBe(false);
  });
});
