import type { TDb } from "@gafus/prisma";
import { z } from "zod";
import { AppError } from "../errors/app-error";

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

const PUBLIC = { id: true, userAgent: true, createdAt: true, lastSuccessAt: true } as const;

export function listPushSubscriptions({ db, userId }: { db: TDb; userId: string }) {
  return db.pushSubscription.findMany({ where: { userId }, select: PUBLIC, orderBy: { createdAt: "asc" } });
}

/**
 * Stores the caller's browser subscription. An endpoint belongs to one browser profile: when another account
 * signs in there and subscribes, the endpoint moves to that account (its keys are the browser's, not a secret).
 */
export function savePushSubscription({
  db,
  userId,
  input,
}: {
  db: TDb;
  userId: string;
  input: TPushSubscriptionInput;
}) {
  const data = { userId, p256dh: input.keys.p256dh, auth: input.keys.auth, userAgent: input.userAgent ?? "" };
  return db.pushSubscription.upsert({
    where: { endpoint: input.endpoint },
    create: { endpoint: input.endpoint, ...data },
    update: { ...data, failures: 0 },
    select: PUBLIC,
  });
}

/** Removes one of the caller's subscriptions; someone else's endpoint answers 404 like an unknown one. */
export async function deletePushSubscription({ db, userId, endpoint }: { db: TDb; userId: string; endpoint: string }) {
  const { count } = await db.pushSubscription.deleteMany({ where: { endpoint, userId } });
  if (count === 0) throw new AppError("not_found", "No such push subscription.");
}
