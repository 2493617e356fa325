import {
  ZCatalogQuery,
  ZChangePasswordInput,
  ZDiaryEntryInput,
  ZExamSubmission,
  ZPetInput,
  ZPetUpdate,
  ZPreventionInput,
  ZProfile,
  ZProfileUpdate,
  ZRegisterInput,
  ZReviewInput,
  ZNotificationSettingsInput,
  ZPushSubscriptionInput,
  ZPushUnsubscribe,
  ZReminderInput,
} from "@gafus/core";
import { z } from "zod";
import { dayParam, idParam, op, schema, slugParam, stepParam, ZError } from "./openapi-helpers";

const step = [slugParam, dayParam, stepParam];
const catalogParams = Object.keys(ZCatalogQuery.shape).map((name) => ({ name, in: "query" as const }));

/** The OpenAPI 3.1 description of every /api/v1 route (a test checks that none is missing). */
export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Gafus API",
      version: "1.0.0",
      description: "JSON API of the Gafus web app, for the web, the bot and mobile clients.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "gafus.session" } },
      schemas: { Error: schema(ZError, "output"), Profile: schema(ZProfile, "output") },
    },
    paths: {
      "/api/v1/auth/register": {
        post: op({ summary: "Create a student account", auth: false, body: ZRegisterInput, ok: "201" }),
      },
      "/api/v1/me": {
        get: op({ summary: "The signed-in user's profile" }),
        patch: op({ summary: "Change name, locale or time zone", body: ZProfileUpdate }),
      },
      "/api/v1/me/sessions": {
        delete: op({ summary: "Sign out everywhere: end every session of the caller, this one included", ok: "204" }),
      },
      "/api/v1/me/password": {
        put: op({
          summary: "Change the password; every other session ends, this one gets a new cookie",
          body: ZChangePasswordInput,
          ok: "204",
        }),
      },
      "/api/v1/me/achievements": { get: op({ summary: "Streak, training calendar and badges" }) },
      "/api/v1/me/notes": {
        get: op({ summary: "Notes trainers shared with the caller (visible to the student only), newest first" }),
      },
      "/api/v1/me/recommendations": {
        get: op({
          summary: "Recommended courses (visible, not enrolled) with the reason: similar, taken together, popular",
        }),
      },
      "/api/v1/me/push-subscriptions": {
        get: op({ summary: "The caller's Web Push subscriptions and the VAPID public key" }),
        post: op({ summary: "Store this browser's push subscription", body: ZPushSubscriptionInput, ok: "201" }),
        delete: op({
          summary: "Remove one of the caller's subscriptions (404 if not theirs)",
          body: ZPushUnsubscribe,
          ok: "204",
        }),
      },
      "/api/v1/me/notification-settings": {
        get: op({ summary: "Channels turned off, muted kinds and quiet hours (local HH:MM)" }),
        put: op({ summary: "Replace the notification settings", body: ZNotificationSettingsInput }),
      },
      "/api/v1/me/reminders": {
        get: op({ summary: "The caller's training reminders" }),
        post: op({ summary: "Add a training reminder", body: ZReminderInput, ok: "201" }),
      },
      "/api/v1/me/reminders/{id}": {
        put: op({
          summary: "Replace a reminder (404 if not the caller's)",
          body: ZReminderInput,
          parameters: [idParam("id")],
        }),
        delete: op({ summary: "Delete a reminder (404 if not the caller's)", ok: "204", parameters: [idParam("id")] }),
      },
      "/api/v1/locale": {
        post: op({
          summary:
            "Switch the interface language (HTML form; saved in the profile when signed in); answers 303 to `next`",
          auth: false,
          bodyType: "application/x-www-form-urlencoded",
          body: {
            type: "object",
            required: ["locale"],
            properties: { locale: { enum: ["ru", "en"] }, next: { type: "string" } },
          },
          ok: "303",
        }),
      },
      "/api/v1/courses": {
        get: op({ summary: "Catalog: search, filter, sort", auth: false, parameters: catalogParams }),
      },
      "/api/v1/courses/{slug}": {
        get: op({
          summary: "Course page with days, rating, reviews and the caller's enrolment",
          auth: false,
          parameters: [slugParam],
        }),
      },
      "/api/v1/courses/{slug}/enrollment": {
        post: op({
          summary: "Enroll (again: change the pet)",
          body: z.strictObject({ petId: z.uuid().nullable().optional() }),
          ok: "201",
          parameters: [slugParam],
        }),
      },
      "/api/v1/courses/{slug}/favorite": {
        put: op({
          summary: "Add to or remove from favourites",
          body: z.strictObject({ favorite: z.boolean() }),
          parameters: [slugParam],
        }),
      },
      "/api/v1/courses/{slug}/review": {
        put: op({
          summary: "The caller's review (one per course, editable)",
          body: ZReviewInput,
          parameters: [slugParam],
        }),
      },
      "/api/v1/courses/{slug}/diary": {
        get: op({ summary: "The caller's diary entries in the course", parameters: [slugParam] }),
      },
      "/api/v1/courses/{slug}/days/{day}": {
        get: op({ summary: "An open day: steps, timers, exam forms", parameters: [slugParam, dayParam] }),
      },
      "/api/v1/courses/{slug}/days/{day}/steps/{step}/timer": {
        post: op({
          summary: "Start, pause or reset a step timer",
          body: z.strictObject({ action: z.enum(["start", "pause", "reset"]) }),
          parameters: step,
        }),
      },
      "/api/v1/courses/{slug}/days/{day}/steps/{step}/complete": {
        post: op({ summary: "Mark a step done", parameters: step }),
      },
      "/api/v1/courses/{slug}/days/{day}/steps/{step}/exam": {
        post: op({ summary: "Submit an exam", body: ZExamSubmission, ok: "201", parameters: step }),
      },
      "/api/v1/courses/{slug}/days/{day}/steps/{step}/diary": {
        post: op({ summary: "Write the day's diary entry", body: ZDiaryEntryInput, ok: "201", parameters: step }),
      },
      "/api/v1/uploads/exam-video": {
        post: op({
          summary: "Upload an exam video (raw MP4, MOV or WebM body); answers { videoKey }",
          bodyType: "video/*",
          body: { type: "string", format: "binary" },
          ok: "201",
        }),
      },
      "/api/v1/pets": {
        get: op({ summary: "The caller's pets" }),
        post: op({ summary: "Add a pet", body: ZPetInput, ok: "201" }),
      },
      "/api/v1/pets/{id}": {
        patch: op({ summary: "Change a pet", body: ZPetUpdate, parameters: [idParam("id")] }),
        delete: op({ summary: "Remove a pet", ok: "204", parameters: [idParam("id")] }),
      },
      "/api/v1/pets/{id}/photo": {
        get: op({ summary: "The pet's photo (owner only)", parameters: [idParam("id")] }),
        put: op({
          summary: "Set the pet's photo (raw JPEG, PNG or WebP, ≤ 5 MB)",
          bodyType: "image/*",
          body: { type: "string", format: "binary" },
          parameters: [idParam("id")],
        }),
      },
      "/api/v1/pets/{id}/prevention": {
        post: op({
          summary: "Add a prevention journal entry",
          body: ZPreventionInput,
          ok: "201",
          parameters: [idParam("id")],
        }),
      },
      "/api/v1/pets/{id}/prevention/{entryId}": {
        delete: op({ summary: "Remove a journal entry", ok: "204", parameters: [idParam("id"), idParam("entryId")] }),
      },
      "/api/v1/notifications": { get: op({ summary: "Latest in-app notifications and the unread count" }) },
      "/api/v1/notifications/read": {
        post: op({
          summary: "Mark notifications (or all) read",
          body: z.strictObject({ ids: z.array(z.uuid()).max(200).optional() }),
        }),
      },
      "/api/v1/notifications/stream": { get: op({ summary: "Server-sent events: `unread` with the count, live" }) },
      "/api/v1/openapi.json": { get: op({ summary: "This document", auth: false }) },
    },
  };
}
