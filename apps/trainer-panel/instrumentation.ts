// Runs once when the server starts: a wrong or missing variable stops the app with a message naming it,
// instead of failing later on the first request that needs it. NEXT_RUNTIME is a build-time constant that Next
// inlines (so the Node-only check is left out of the edge bundle), not configuration: it is read here, as Next
// documents, rather than through @gafus/config.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { appEnv, assertEnv, authEnv, databaseEnv, redisEnv, s3Env } = await import("@gafus/config");
    assertEnv(appEnv, authEnv, databaseEnv, redisEnv, s3Env);
  }
}
