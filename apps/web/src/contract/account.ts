import { ZChangePasswordInput, ZProfile, ZProfileUpdate, ZRegisterInput } from "@gafus/core";
import { defineOperation } from "@gafus/http";
import { z } from "zod";

export const registerOp = defineOperation({
  method: "POST",
  path: "/api/v1/auth/register",
  summary: "Create a student account",
  tags: ["account"],
  auth: "anonymous",
  body: ZRegisterInput,
  response: z.object({ user: ZProfile }),
  status: 201,
  errors: ["email_taken"],
});

export const getMeOp = defineOperation({
  method: "GET",
  path: "/api/v1/me",
  summary: "The signed-in user's profile",
  tags: ["account"],
  auth: "user",
  response: z.object({ user: ZProfile }),
});

export const updateMeOp = defineOperation({
  method: "PATCH",
  path: "/api/v1/me",
  summary: "Change name, locale or time zone",
  tags: ["account"],
  auth: "user",
  body: ZProfileUpdate,
  response: z.object({ user: ZProfile }),
});

export const signOutEverywhereOp = defineOperation({
  method: "DELETE",
  path: "/api/v1/me/sessions",
  summary: "Sign out everywhere: end every session of the caller in every app, this one included",
  description: "The answer clears the session cookie; any copy of an ended session's cookie is refused (401).",
  tags: ["account"],
  auth: "user",
  status: 204,
});

export const changePasswordOp = defineOperation({
  method: "PUT",
  path: "/api/v1/me/password",
  summary: "Change the password; every other session ends, this one stays signed in",
  description:
    "A wrong current password answers 400 with details.reason `wrong_password` and counts against the account " +
    "like a failed sign-in; a new password the policy refuses answers 400 with its reason (`too_common`, …). " +
    "On success the answer sets a new session cookie for this device.",
  tags: ["account"],
  auth: "user",
  body: ZChangePasswordInput,
  status: 204,
});
