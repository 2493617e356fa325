import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { checkPassword } from "./password-policy";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
  });

  it("salts: the same password hashes differently", async () => {
    expect(await hashPassword("same password 1")).not.toBe(await hashPassword("same password 1"));
  });

  it("treats a malformed stored hash as a mismatch", async () => {
    expect(await verifyPassword("anything", "bcrypt$whatever")).toBe(false);
  });
});

describe("password policy", () => {
  it("refuses short, long, common and email-based passwords", () => {
    expect(checkPassword("short")).toBe("too_short");
    expect(checkPassword("x".repeat(129))).toBe("too_long");
    expect(checkPassword("password1")).toBe("too_common");
    expect(checkPassword("qwertyuiop")).toBe("too_common");
    expect(checkPassword("annasmith-2024!", { email: "annasmith@example.com" })).toBe("contains_email");
    expect(checkPassword("Walk-the-dog-at-7")).toBeNull();
  });
});
