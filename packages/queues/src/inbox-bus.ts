import { redisEnv } from "@gafus/config";
import { Redis } from "ioredis";
import { watchConnectionErrors } from "./connection-errors";
import { createRedis, whenReady } from "./redis";

type TListener = () => void;

/**
 * "Something new in this user's inbox", fanned out through Redis pub/sub so that any replica holding the user's
 * live connection (SSE) hears it. One subscriber connection per process, one channel per user with listeners.
 */
export function createInboxBus({ url = redisEnv().REDIS_URL, prefix = redisEnv().REDIS_KEY_PREFIX } = {}) {
  const channel = (userId: string) => `${prefix}inbox:${userId}`;
  const listeners = new Map<string, Set<TListener>>();
  const pending = new Map<string, Promise<void>>();
  let subscriber: Redis | null = null;
  let publisher: Redis | null = null;

  function ensureSubscriber(): Redis {
    if (subscriber) return subscriber;
    subscriber = new Redis(url, { maxRetriesPerRequest: null });
    watchConnectionErrors(subscriber, "redis inbox subscriber");
    subscriber.on("message", (name: string) => {
      const userId = name.slice(channel("").length);
      for (const listener of listeners.get(userId) ?? []) listener();
    });
    return subscriber;
  }

  return {
    async publish(userId: string): Promise<void> {
      publisher ??= createRedis("producer", url);
      // A fresh producer connection refuses commands until it is connected (no offline queue): wait briefly.
      await whenReady(publisher);
      await publisher.publish(channel(userId), "1");
    },
    /**
     * `ready` resolves once Redis has the subscription: read the current state after it, so that no change made
     * between the read and the subscription is missed.
     */
    subscribe(userId: string, listener: TListener): { ready: Promise<void>; unsubscribe: () => void } {
      let set = listeners.get(userId);
      let ready: Promise<void>;
      if (!set) {
        set = new Set();
        listeners.set(userId, set);
        ready = ensureSubscriber()
          .subscribe(channel(userId))
          .then(() => undefined)
          .catch(() => undefined);
        pending.set(userId, ready);
      } else {
        ready = pending.get(userId) ?? Promise.resolve();
      }
      set.add(listener);
      const unsubscribe = () => {
        set.delete(listener);
        if (set.size === 0) {
          listeners.delete(userId);
          pending.delete(userId);
          void subscriber?.unsubscribe(channel(userId)).catch(() => {});
        }
      };
      return { ready, unsubscribe };
    },
    close() {
      subscriber?.disconnect();
      publisher?.disconnect();
    },
  };
}

export type TInboxBus = ReturnType<typeof createInboxBus>;
