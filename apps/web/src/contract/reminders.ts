import { ZReminderInput } from "@gafus/core";
import { defineOperation, ZJsonDate } from "@gafus/http";
import { z } from "zod";
import { ZIdParams } from "./params";

const ZReminder = z.object({
  id: z.uuid(),
  title: z.string(),
  daysOfWeek: z.array(z.number().int().min(1).max(7)),
  time: z.string(),
  timezone: z.string(),
  enabled: z.boolean(),
  nextRunAt: ZJsonDate.nullable(),
  course: z.object({ id: z.uuid(), slug: z.string(), title: z.string() }).nullable(),
});

export const listRemindersOp = defineOperation({
  method: "GET",
  path: "/api/v1/me/reminders",
  summary: "The caller's training reminders",
  description: "With their next run.",
  tags: ["reminders"],
  auth: "user",
  response: z.object({ reminders: z.array(ZReminder) }),
});

export const createReminderOp = defineOperation({
  method: "POST",
  path: "/api/v1/me/reminders",
  summary: "Add a training reminder",
  description: "The time zone defaults to the profile's.",
  tags: ["reminders"],
  auth: "user",
  body: ZReminderInput,
  response: z.object({ reminder: ZReminder }),
  status: 201,
});

export const updateReminderOp = defineOperation({
  method: "PUT",
  path: "/api/v1/me/reminders/{id}",
  summary: "Replace a reminder (404 if not the caller's)",
  tags: ["reminders"],
  auth: "user",
  params: ZIdParams,
  body: ZReminderInput,
  response: z.object({ reminder: ZReminder }),
});

export const deleteReminderOp = defineOperation({
  method: "DELETE",
  path: "/api/v1/me/reminders/{id}",
  summary: "Delete a reminder (404 if not the caller's)",
  tags: ["reminders"],
  auth: "user",
  params: ZIdParams,
  status: 204,
});
