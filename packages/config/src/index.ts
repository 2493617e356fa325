import { EnvError, lazyEnv, loadEnv } from "./load-env";
import { ZPushEnv } from "./push-env";
import {
  ZAppEnv,
  ZAuthEnv,
  ZDatabaseEnv,
  ZRedisEnv,
  ZS3Env,
  ZServerEnv,
  ZTestEnv,
  ZUploadEnv,
  ZWorkerEnv,
} from "./schemas";

export { EnvError, loadEnv } from "./load-env";
export type { TEnvSource } from "./load-env";
export * from "./schemas";
export * from "./push-env";

export const appEnv = lazyEnv((source) => loadEnv(ZAppEnv, source));
export const databaseEnv = lazyEnv((source) => loadEnv(ZDatabaseEnv, source));
export const redisEnv = lazyEnv((source) => loadEnv(ZRedisEnv, source));
export const s3Env = lazyEnv((source) => loadEnv(ZS3Env, source));
export const serverEnv = lazyEnv((source) => loadEnv(ZServerEnv, source));
export const workerEnv = lazyEnv((source) => loadEnv(ZWorkerEnv, source));
export const authEnv = lazyEnv((source) => {
  const env = loadEnv(ZAuthEnv, source);
  // next-auth v4 reads NEXTAUTH_URL itself to build callback and redirect URLs; we derive it from AUTH_URL here
  // so this package stays the one place that touches the environment.
  if (source === process.env) process.env.NEXTAUTH_URL ??= `${env.AUTH_URL}/api/auth`;
  return env;
});
export const uploadEnv = lazyEnv((source) => loadEnv(ZUploadEnv, source));
export const pushEnv = lazyEnv((source) => loadEnv(ZPushEnv, source));
export const testEnv = lazyEnv((source) => loadEnv(ZTestEnv, source));

/**
 * Parses several concerns at once and stops the process with one message naming every bad variable. For
 * servers at start-up: better to refuse to start than to fail on the first request that needs the value.
 */
export function assertEnv(...loaders: (() => unknown)[]): void {
  const messages: string[] = [];
  for (const load of loaders) {
    try {
      load();
    } catch (error) {
      if (!(error instanceof EnvError)) throw error;
      messages.push(error.message.replace(/^Invalid environment configuration:\n/, ""));
    }
  }
  if (messages.length === 0) return;
  console.error(`Invalid environment configuration:\n${messages.join("\n")}`);
  process.exit(1);
}
export { videoEnv, ZVideoEnv } from "./video-env";
export type { TVideoEnv } from "./video-env";
export { aiEnv, ZAiEnv } from "./ai-env";
export type { TAiEnv } from "./ai-env";
export { queueEnv, ZQueueEnv } from "./queue-env";
export type { TQueueEnv } from "./queue-env";
