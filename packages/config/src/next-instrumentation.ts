// The `register` hook of every Next app (apps/*/instrumentation.ts re-exports it): a wrong or missing variable stops
// the server at start with a message naming it, instead of failing on the first request that needs it.
// NEXT_RUNTIME is inlined by Next at build time, so the Node-only check is left out of the edge bundle.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { appEnv, assertEnv, authEnv, databaseEnv, redisEnv, s3Env } = await import("./index");
    assertEnv(appEnv, authEnv, databaseEnv, redisEnv, s3Env);
  }
}
