import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("speaks the reader's language and shows a dash for no data", () => {
    expect(formatDuration(5400, "ru")).toBe("5 с");
    expect(formatDuration(185_000, "en")).toBe("3 min 5 s");
    expect(formatDuration(185_000, "ru")).toBe("3 мин 5 с");
    expect(formatDuration(null, "ru")).toBe("—");
  });
});
