import { lazyEnv, loadEnv } from "./load-env";
import { ZAppEnv, ZAuthEnv, ZDatabaseEnv, ZRedisEnv, ZS3Env, ZServerEnv, ZTestEnv } from "./schemas";

export { EnvError, loadEnv } from "./load-env";
export type { TEnvSource } from "./load-env";
export * from "./schemas";

export const appEnv = lazyEnv((source) => loadEnv(ZAppEnv, source));
export const databaseEnv = lazyEnv((source) => loadEnv(ZDatabaseEnv, source));
export const redisEnv = lazyEnv((source) => loadEnv(ZRedisEnv, source));
export const s3Env = lazyEnv((source) => loadEnv(ZS3Env, source));
export const serverEnv = lazyEnv((source) => loadEnv(ZServerEnv, source));
export const authEnv = lazyEnv((source) => {
  const env = loadEnv(ZAuthEnv, source);
  // next-auth v4 reads NEXTAUTH_URL itself to build callback and redirect URLs; we derive it from AUTH_URL here
  // so this package stays the one place that touches the environment.
  if (source === process.env) process.env.NEXTAUTH_URL ??= `${env.AUTH_URL}/api/auth`;
  return env;
});
export const testEnv = lazyEnv((source) => loadEnv(ZTestEnv, source));
