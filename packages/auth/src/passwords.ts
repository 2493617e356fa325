// The framework-free password entry (`@gafus/auth/password`): hashing and the password policy, without next-auth,
// so that packages/core can use them without loading the session code of the root entry.
export { ACCOUNT_FAILURES } from "./account-failures";
export { hashPassword, verifyPassword } from "./password";
export { checkPassword, PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";
export type { TPasswordProblem } from "./password-policy";
