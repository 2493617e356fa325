import { describe, expect, it } from "vitest";
import { localizeRegisterProblem, type TRegisterMessages } from "./register-errors";

const m: TRegisterMessages = {
  generic: "generic",
  rateLimited: "slow down",
  emailTaken: "taken",
  invalidEmail: "bad email",
  nameRequired: "name?",
  passwordLength: "length",
  passwordCommon: "common",
  passwordHasEmail: "has email",
  fixFields: "fix",
};

describe("localizeRegisterProblem", () => {
  it("maps API codes to the form's own texts", () => {
    expect(localizeRegisterProblem(409, { error: "email_taken" }, m)).toEqual({
      message: "taken",
      fields: { email: "taken" },
    });
    expect(localizeRegisterProblem(429, { error: "rate_limited" }, m).message).toBe("slow down");
    expect(
      localizeRegisterProblem(
        400,
        { error: "validation_failed", details: { reason: "too_common", fields: { password: ["x"] } } },
        m,
      ),
    ).toEqual({ message: "fix", fields: { password: "common" } });
    expect(
      localizeRegisterProblem(
        400,
        { error: "validation_failed", details: { fields: { email: ["x"], name: ["y"], password: ["z"] } } },
        m,
      ).fields,
    ).toEqual({ email: "bad email", name: "name?", password: "length" });
  });

  it("falls back to the generic text for anything else", () => {
    expect(localizeRegisterProblem(500, {}, m)).toEqual({ message: "generic", fields: {} });
  });
});
