// The API answers with codes (error, details.reason, details.fields); the form shows its own texts in the
// visitor's language rather than the API's English messages.

export type TRegisterMessages = {
  generic: string;
  rateLimited: string;
  emailTaken: string;
  invalidEmail: string;
  nameRequired: string;
  passwordLength: string;
  passwordCommon: string;
  passwordHasEmail: string;
  fixFields: string;
};

export type TApiProblem = {
  error?: string;
  details?: { fields?: Record<string, string[]>; reason?: string; retryAfterSeconds?: number };
};

export function localizeRegisterProblem(
  status: number,
  problem: TApiProblem,
  m: TRegisterMessages,
): { message: string; fields: Record<string, string> } {
  if (status === 429) return { message: m.rateLimited, fields: {} };
  if (problem.error === "email_taken") return { message: m.emailTaken, fields: { email: m.emailTaken } };
  const fields: Record<string, string> = {};
  for (const name of Object.keys(problem.details?.fields ?? {})) {
    if (name === "email") fields.email = m.invalidEmail;
    if (name === "name") fields.name = m.nameRequired;
    if (name === "password") {
      const reason = problem.details?.reason;
      fields.password =
        reason === "too_common"
          ? m.passwordCommon
          : reason === "contains_email"
            ? m.passwordHasEmail
            : m.passwordLength;
    }
  }
  return { message: Object.keys(fields).length ? m.fixFields : m.generic, fields };
}
