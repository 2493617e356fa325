import { describe, expect, it } from "vitest";
import { readProbe } from "./probe-video";

const video = { codec_type: "video", width: 1280, height: 720, avg_frame_rate: "30000/1001" };

describe("readProbe", () => {
  it("reads the duration from the container, else from the video stream", () => {
    expect(readProbe({ format: { duration: "12.5" }, streams: [video] })).toMatchObject({
      durationSec: 12.5,
      width: 1280,
      height: 720,
      hasAudio: false,
    });
    expect(readProbe({ format: {}, streams: [{ ...video, duration: "3.04" }] })?.durationSec).toBe(3.04);
  });

  it("says the duration is unknown instead of 0 when ffprobe has none (N/A, missing, zero)", () => {
    expect(readProbe({ format: {}, streams: [video] })?.durationSec).toBeNull();
    expect(
      readProbe({ format: { duration: "N/A" }, streams: [{ ...video, duration: "N/A" }] })?.durationSec,
    ).toBeNull();
    expect(readProbe({ format: { duration: "0.000000" }, streams: [video] })?.durationSec).toBeNull();
  });

  it("finds no video in a file with audio only", () => {
    expect(readProbe({ format: { duration: "5" }, streams: [{ codec_type: "audio" }] })).toBeNull();
  });
});
