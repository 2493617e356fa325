// The `register` hook of every Next app (apps/*/instrumentation.ts): a wrong or missing variable stops the server at
// start with a message naming it, instead of failing the first request that needs it. Each app lists the groups it
// (and the core use cases it calls) reads; the base groups are always checked.
// NEXT_RUNTIME is inlined by Next at build time, so the Node-only check is left out of the edge bundle.

export type TEnvGroup = "upload" | "video" | "push" | "ai";

export function validateEnvAtStart(groups: TEnvGroup[] = []) {
  return async function register() {
    if (process.env.NEXT_RUNTIME !== "nodejs") return;
    const env = await import("./index");
    const extra = { upload: env.uploadEnv, video: env.videoEnv, push: env.pushEnv, ai: env.aiEnv };
    env.assertEnv(
      env.appEnv,
      env.authEnv,
      env.databaseEnv,
      env.redisEnv,
      env.s3Env,
      ...groups.map((group) => extra[group]),
    );
  };
}
