import { describe, expect, it } from "vitest";
import { decodeSessionToken, readCookie } from "./session-token";

describe("session cookie", () => {
  it("reads a cookie among others and treats a malformed value as no session", async () => {
    expect(readCookie("a=1; gafus.session=abc%3D; b=2", "gafus.session")).toBe("abc=");
    expect(readCookie("gafus.session=%E0%A4%A", "gafus.session")).toBeUndefined();
    expect(readCookie(undefined, "gafus.session")).toBeUndefined();
    expect(await decodeSessionToken("not-a-jwt")).toBeNull();
  });
});
