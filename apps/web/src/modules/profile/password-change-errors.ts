// The API names what went wrong by code (details.reason) or by field issues; the form says it with its own texts in
// the reader's language, never with the API's English sentence.

export type TPasswordChangeMessages = {
  wrongPassword: string;
  currentRequired: string;
  passwordLength: string;
  passwordCommon: string;
  passwordHasEmail: string;
  mismatch: string;
  fixFields: string;
};

/** What the browser knows of a failed answer (apiCall's failure, read structurally). */
export type TPasswordChangeFailure = {
  message: string;
  fields: Record<string, string[]>;
  details: Record<string, unknown>;
};

export type TPasswordChangeProblem = { message: string; fields: Record<string, string> };

const BY_REASON: Record<string, keyof TPasswordChangeMessages> = {
  too_short: "passwordLength",
  too_long: "passwordLength",
  too_common: "passwordCommon",
  contains_email: "passwordHasEmail",
};

/** Before sending: the repeat must match, and nothing may be empty. Null when the form may be sent. */
export function checkPasswordChangeForm(
  values: { currentPassword: string; newPassword: string; repeatPassword: string },
  m: TPasswordChangeMessages,
): TPasswordChangeProblem | null {
  const fields: Record<string, string> = {};
  if (!values.currentPassword) fields.currentPassword = m.currentRequired;
  if (!values.newPassword) fields.newPassword = m.passwordLength;
  else if (values.newPassword !== values.repeatPassword) fields.repeatPassword = m.mismatch;
  return Object.keys(fields).length ? { message: m.fixFields, fields } : null;
}

/** A refused change, as the form shows it: the field that failed and why, or the helper's message for the rest. */
export function localizePasswordChangeFailure(
  failure: TPasswordChangeFailure,
  m: TPasswordChangeMessages,
): TPasswordChangeProblem {
  const reason = typeof failure.details.reason === "string" ? failure.details.reason : "";
  if (reason === "wrong_password") {
    return { message: m.fixFields, fields: { currentPassword: m.wrongPassword } };
  }
  const byReason = BY_REASON[reason];
  if (byReason) return { message: m.fixFields, fields: { newPassword: m[byReason] } };
  // Field issues (a missing or too long value) come translated by the client helper.
  const fields: Record<string, string> = {};
  for (const name of ["currentPassword", "newPassword"]) {
    const texts = failure.fields[name];
    if (texts?.length) fields[name] = texts.join(" ");
  }
  return Object.keys(fields).length ? { message: m.fixFields, fields } : { message: failure.message, fields: {} };
}
