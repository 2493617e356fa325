import { describe, expect, it } from "vitest";
import { isUuid } from "./is-uuid";

describe("isUuid", () => {
  it("accepts any canonical uuid, in either case and of any version", () => {
    expect(isUuid(crypto.randomUUID())).toBe(true);
    expect(isUuid("3F2504E0-4F89-11D3-9A0C-0305E82C3301")).toBe(true);
    expect(isUuid("00000000-0000-0000-0000-000000000000")).toBe(true);
  });

  it("refuses what PostgreSQL's uuid type would throw on: 36 dashes, misplaced dashes, non-hex, wrong length", () => {
    expect(isUuid("-".repeat(36))).toBe(false);
    expect(isUuid("0123456789abcdef0123456789abcdef----")).toBe(false);
    expect(isUuid("3f2504e0-4f89-11d3-9a0c-0305e82c330g")).toBe(false);
    expect(isUuid("3f2504e0-4f89-11d3-9a0c-0305e82c33011")).toBe(false);
    expect(isUuid(` ${crypto.randomUUID()}`)).toBe(false);
    expect(isUuid("")).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });
});
