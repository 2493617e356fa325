import type { TDb } from "@gafus/prisma";
import { SUBSCRIPTION_FIELDS, type TPushSubscriptionInput } from "./push-subscription-schemas";

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
    select: SUBSCRIPTION_FIELDS,
  });
}
