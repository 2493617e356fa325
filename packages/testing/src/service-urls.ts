/**
 * Service addresses for the test run, derived with the URL API: string surgery such as `${REDIS_URL%/*}/1` turned
 * `redis://host:6379` into `redis:/1` and cut the host off `redis://host:6379/`.
 */

/** The same Redis server with database `db` selected (1 for tests); credentials, TLS and query options are kept. */
export function testRedisUrl(redisUrl: string, db = 1): string {
  const url = new URL(redisUrl);
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") throw new Error(`not a Redis URL: ${url.protocol}`);
  url.pathname = `/${db}`;
  // ioredis also reads ?db=; the path wins, but a stale db=0 beside it would mislead whoever reads the URL.
  url.searchParams.delete("db");
  return url.href;
}

/** The database `name` on the PostgreSQL server of `serverUrl` (with or without a database of its own). */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.href;
}
