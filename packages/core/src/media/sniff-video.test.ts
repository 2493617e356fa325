import { describe, expect, it } from "vitest";
import { sniffVideo } from "./sniff-video";

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("sniffVideo", () => {
  it("recognises MP4, MOV and WebM by their first bytes", () => {
    expect(sniffVideo(bytes(0, 0, 0, 0x20, "ftypisom"))).toBe("mp4");
    expect(sniffVideo(bytes(0, 0, 0, 0x14, "ftypqt  "))).toBe("mov");
    expect(sniffVideo(bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f))).toBe("webm");
  });

  it("refuses anything else, whatever its name", () => {
    expect(sniffVideo(bytes("%PDF-1.7 trailer"))).toBeNull();
    expect(sniffVideo(bytes(0x89, "PNG\r\n\x1a\n...."))).toBeNull();
    expect(sniffVideo(new Uint8Array())).toBeNull();
  });
});
