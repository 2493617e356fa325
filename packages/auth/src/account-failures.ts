/**
 * The rate-limit bucket of wrong passwords per account. They count wherever a password is typed (sign-in, password
 * change), so a stolen cookie cannot guess the password behind it faster than the sign-in page allows.
 */
export const ACCOUNT_FAILURES = "signin-account";
