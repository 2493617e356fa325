import { pushEnv } from "@gafus/config";
import {
  deletePushSubscription,
  listPushSubscriptions,
  savePushSubscription,
  ZPushSubscriptionInput,
  ZPushUnsubscribe,
} from "@gafus/core";
import { jsonResponse, readJsonBody } from "@gafus/http";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /api/v1/me/push-subscriptions — the caller's browsers and the VAPID public key to subscribe with. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return jsonResponse({
    publicKey: pushEnv().VAPID_PUBLIC_KEY ?? null,
    subscriptions: await listPushSubscriptions({ db: getDb(), userId: user.id }),
  });
});

/** POST /api/v1/me/push-subscriptions — store this browser's PushSubscription.toJSON(). */
export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const input = await readJsonBody(request, ZPushSubscriptionInput);
  return jsonResponse({ subscription: await savePushSubscription({ db: getDb(), userId: user.id, input }) }, 201);
});

/** DELETE /api/v1/me/push-subscriptions — forget one of the caller's subscriptions by endpoint (else 404). */
export const DELETE = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const { endpoint } = await readJsonBody(request, ZPushUnsubscribe);
  await deletePushSubscription({ db: getDb(), userId: user.id, endpoint });
  return new Response(null, { status: 204 });
});
