import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export type TPasswordProblem = "too_short" | "too_long" | "too_common" | "contains_email";

// zxcvbn-ts ships the most used passwords from public breach corpora, ordered by frequency; we keep the top 10,000
// (NIST 800-63B asks to refuse "commonly-used" passwords, not to score them).
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].slice(0, 10_000).map((p) => p.toLowerCase()));
  return common;
}

export function checkPassword(password: string, context: { email?: string } = {}): TPasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "too_short";
  if (length > PASSWORD_MAX) return "too_long";
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "too_common";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "contains_email";
  return null;
}
