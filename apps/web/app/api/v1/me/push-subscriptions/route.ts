import { pushEnv } from "@gafus/config";
import { deletePushSubscription, listPushSubscriptions, savePushSubscription } from "@gafus/core";
import { deletePushSubscriptionOp, listPushSubscriptionsOp, savePushSubscriptionOp } from "@/contract/push";
import { route } from "@/server/api";

/** GET /api/v1/me/push-subscriptions — the caller's browsers and the VAPID public key to subscribe with. */
export const GET = route(listPushSubscriptionsOp, async ({ user, db }) => ({
  publicKey: pushEnv().VAPID_PUBLIC_KEY ?? null,
  subscriptions: await listPushSubscriptions({ db, userId: user.id }),
}));

/** POST /api/v1/me/push-subscriptions — store this browser's PushSubscription.toJSON(). */
export const POST = route(savePushSubscriptionOp, async ({ user, body, db }) => ({
  subscription: await savePushSubscription({ db, userId: user.id, input: body }),
}));

/** DELETE /api/v1/me/push-subscriptions — forget one of the caller's subscriptions by endpoint (else 404). */
export const DELETE = route(deletePushSubscriptionOp, async ({ user, body, db }) => {
  await deletePushSubscription({ db, userId: user.id, endpoint: body.endpoint });
});
