import { redisEnv } from "@gafus/config";

/** Where a queue or worker lives: a Redis URL and a BullMQ key prefix. Tests give their own; apps take the defaults. */
export type TConnection = { url?: string; prefix?: string };

/**
 * The BullMQ key prefix for an app key prefix (REDIS_KEY_PREFIX): the one place that spells it, so producers,
 * workers, Bull Board and tests always meet on the same keys.
 */
export const bullPrefix = (keyPrefix = redisEnv().REDIS_KEY_PREFIX): string => `${keyPrefix}bull`;

export function resolveConnection({ url, prefix }: TConnection = {}): Required<TConnection> {
  return { url: url ?? redisEnv().REDIS_URL, prefix: prefix ?? bullPrefix() };
}
