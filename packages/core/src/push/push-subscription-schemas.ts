import { z } from "zod";

const base64url = z.string().regex(/^[A-Za-z0-9_-]+=*$/, "must be base64url");

/** The browser's PushSubscription.toJSON(), as the service worker registration gives it. */
export const ZPushSubscriptionInput = z.strictObject({
  endpoint: z
    .url()
    .max(2000)
    .refine((v) => v.startsWith("https://"), "must be an https URL"),
  keys: z.strictObject({ p256dh: base64url.min(80).max(200), auth: base64url.min(16).max(64) }),
  // PushSubscription.toJSON() includes it (usually null); push services drop expired subscriptions with a 410 anyway.
  expirationTime: z.number().nullable().optional(),
  userAgent: z.string().max(300).optional(),
});
export type TPushSubscriptionInput = z.infer<typeof ZPushSubscriptionInput>;
export const ZPushUnsubscribe = z.strictObject({ endpoint: z.url().max(2000) });

/** What a caller sees of a stored subscription (never its keys). */
export const SUBSCRIPTION_FIELDS = { id: true, userAgent: true, createdAt: true, lastSuccessAt: true } as const;
