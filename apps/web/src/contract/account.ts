import { ZProfile, ZProfileUpdate, ZRegisterInput } from "@gafus/core";
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
