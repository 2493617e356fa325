import { countUnread } from "@gafus/core";
import { notificationStreamOp } from "@/contract/notifications";
import { route } from "@/server/api";
import { getInboxBus } from "@/server/deps";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;

/**
 * GET /api/v1/notifications/stream — server-sent events: `unread` with the count now and whenever the inbox
 * changes (worker → Redis pub/sub → whichever replica holds this connection). A comment line every 25 s keeps
 * proxies from closing an idle stream.
 */
export const GET = route(notificationStreamOp, async ({ request, user, db }) => {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const pushCount = () =>
        countUnread({ db, userId: user.id })
          .then((count) => send(`event: unread\ndata: ${JSON.stringify({ count })}\n\n`))
          .catch(() => undefined);
      const { ready, unsubscribe } = getInboxBus().subscribe(user.id, pushCount);
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away: nothing left to close.
        }
      };
      request.signal.addEventListener("abort", cleanup);
      send("retry: 5000\n\n");
      void ready.then(pushCount);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream",
      "cache-control": "no-store",
      "x-accel-buffering": "no",
      connection: "keep-alive",
    },
  });
});
