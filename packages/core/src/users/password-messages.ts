import type { TPasswordProblem } from "@gafus/auth/password";
import { AppError } from "../errors/app-error";

// English sentences for API clients; the web forms show their own texts in the reader's language by `reason`.
export const PASSWORD_MESSAGES: Record<TPasswordProblem, string> = {
  too_short: "The password is too short.",
  too_long: "The password is too long.",
  too_common: "This password is too common. Choose one that is harder to guess.",
  contains_email: "The password must not contain your email address.",
};

/** The password policy's refusal as a field error of `field`, with the problem as `details.reason`. */
export function passwordProblemError(problem: TPasswordProblem, field: string): AppError {
  return new AppError("validation_failed", PASSWORD_MESSAGES[problem], {
    fields: { [field]: [PASSWORD_MESSAGES[problem]] },
    reason: problem,
  });
}
