import { NOTIFICATION_KINDS, ZNotificationSettingsInput, ZPushSubscriptionInput, ZPushUnsubscribe } from "@gafus/core";
import { defineOperation, ZJsonDate } from "@gafus/http";
import { z } from "zod";

const ZSubscription = z.object({
  id: z.uuid(),
  userAgent: z.string(),
  createdAt: ZJsonDate,
  lastSuccessAt: ZJsonDate.nullable(),
});

const ZSettings = z.object({
  disabledChannels: z.array(z.enum(["PUSH", "TELEGRAM"])),
  mutedKinds: z.array(z.enum(NOTIFICATION_KINDS)),
  quietStart: z.string().nullable(),
  quietEnd: z.string().nullable(),
});

export const listPushSubscriptionsOp = defineOperation({
  method: "GET",
  path: "/api/v1/me/push-subscriptions",
  summary: "The caller's Web Push subscriptions and the VAPID public key",
  tags: ["notifications"],
  auth: "user",
  response: z.object({ publicKey: z.string().nullable(), subscriptions: z.array(ZSubscription) }),
});

export const savePushSubscriptionOp = defineOperation({
  method: "POST",
  path: "/api/v1/me/push-subscriptions",
  summary: "Store this browser's push subscription",
  description: "The body is the browser's PushSubscription.toJSON().",
  tags: ["notifications"],
  auth: "user",
  body: ZPushSubscriptionInput,
  response: z.object({ subscription: ZSubscription }),
  status: 201,
});

export const deletePushSubscriptionOp = defineOperation({
  method: "DELETE",
  path: "/api/v1/me/push-subscriptions",
  summary: "Remove one of the caller's subscriptions (404 if not theirs)",
  tags: ["notifications"],
  auth: "user",
  body: ZPushUnsubscribe,
  status: 204,
  errors: ["not_found"],
});

export const getNotificationSettingsOp = defineOperation({
  method: "GET",
  path: "/api/v1/me/notification-settings",
  summary: "Channels turned off, muted kinds and quiet hours (local HH:MM)",
  tags: ["notifications"],
  auth: "user",
  response: z.object({ settings: ZSettings }),
});

export const updateNotificationSettingsOp = defineOperation({
  method: "PUT",
  path: "/api/v1/me/notification-settings",
  summary: "Replace the notification settings",
  tags: ["notifications"],
  auth: "user",
  body: ZNotificationSettingsInput,
  response: z.object({ settings: ZSettings }),
});
