import { describe, expect, it } from "vitest";
import { planLadder } from "./plan-ladder";

describe("planLadder", () => {
  it("gives a 1080p source the full 720/480/360 ladder with its aspect ratio", () => {
    expect(planLadder({ width: 1920, height: 1080 }).map((r) => [r.name, r.width, r.height])).toEqual([
      ["720p", 1280, 720],
      ["480p", 854, 480],
      ["360p", 640, 360],
    ]);
  });

  it("never upscales: a 480p source gets 480p and 360p only", () => {
    expect(planLadder({ width: 854, height: 480 }).map((r) => r.name)).toEqual(["480p", "360p"]);
  });

  it("keeps a portrait video upright, sized by its short side", () => {
    const [top] = planLadder({ width: 1080, height: 1920 });
    expect(top).toMatchObject({ name: "720p", width: 720, height: 1280 });
  });

  it("gives a source below 360p one rung at its own (even) size", () => {
    expect(planLadder({ width: 320, height: 240 })).toEqual([
      { name: "240p", width: 320, height: 240, videoKbps: 500, audioKbps: 64 },
    ]);
  });
});
