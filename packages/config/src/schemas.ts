import { z } from "zod";

const isProduction = (value: string | undefined) => value === "production";

const url = (protocols: string[], name: string) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `must be a ${name} URL (${protocols.join(" or ")}//…)`,
  );

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const ZAppEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_URL: url(["http:", "https:"], "http(s)").default("http://localhost:8080"),
});

export const ZDatabaseEnv = z.object({
  DATABASE_URL: url(["postgresql:", "postgres:"], "PostgreSQL").default("postgresql://gafus@127.0.0.1:54329/gafus"),
  DATABASE_POOL_SIZE: positiveInt(10),
});

export const ZRedisEnv = z.object({
  REDIS_URL: url(["redis:", "rediss:"], "Redis").default("redis://127.0.0.1:63790/0"),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[a-z0-9:_-]+$/i, "may hold letters, digits, ':', '_' and '-'")
    .default("gafus:"),
});

export const ZS3Env = z.object({
  S3_ENDPOINT: url(["http:", "https:"], "http(s)").default("http://127.0.0.1:45690"),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9.-]{3,63}$/, "must be a valid bucket name")
    .default("gafus"),
  S3_ACCESS_KEY_ID: z.string().min(1).default("S3RVER"),
  S3_SECRET_ACCESS_KEY: z.string().min(1).default("S3RVER"),
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

const DEV_SECRET = "gafus-development-secret-change-me-in-production";

export const ZAuthEnv = z
  .object({
    NODE_ENV: z.string().optional(),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    AUTH_URL: url(["http:", "https:"], "http(s)").default("http://localhost:8080"),
    AUTH_SIGNIN_LIMIT_PER_ACCOUNT: positiveInt(10),
    AUTH_SIGNIN_LIMIT_PER_IP: positiveInt(50),
    AUTH_REGISTER_LIMIT_PER_IP: positiveInt(20),
    AUTH_RATE_WINDOW_SECONDS: positiveInt(900),
  })
  .superRefine((env, ctx) => {
    if (!env.AUTH_SECRET && isProduction(env.NODE_ENV)) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
    }
  })
  .transform(({ NODE_ENV: _nodeEnv, ...env }) => ({ ...env, AUTH_SECRET: env.AUTH_SECRET ?? DEV_SECRET }));

export const ZServerEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
});

/** The worker process: how long SIGTERM waits for in-flight jobs before it gives up and exits 1. */
export const ZWorkerEnv = z.object({
  WORKER_SHUTDOWN_TIMEOUT_MS: positiveInt(30_000),
});
export type TWorkerEnv = z.infer<typeof ZWorkerEnv>;

export type TAppEnv = z.infer<typeof ZAppEnv>;
export type TDatabaseEnv = z.infer<typeof ZDatabaseEnv>;
export type TRedisEnv = z.infer<typeof ZRedisEnv>;
export type TS3Env = z.infer<typeof ZS3Env>;
export type TAuthEnv = z.infer<typeof ZAuthEnv>;
export type TServerEnv = z.infer<typeof ZServerEnv>;

/** Where the test run's own databases, Redis and S3 live (set by ci-cd/scripts/test.sh, never the demo data). */
export const ZTestEnv = z.object({
  TEST_DATABASE_SERVER_URL: url(["postgresql:", "postgres:"], "PostgreSQL").default(
    "postgresql://gafus@127.0.0.1:54329",
  ),
  TEST_TEMPLATE_DATABASE: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .default("gafus_test_template"),
  TEST_REDIS_URL: url(["redis:", "rediss:"], "Redis").default("redis://127.0.0.1:63790/1"),
  TEST_S3_ENDPOINT: url(["http:", "https:"], "http(s)").default("http://127.0.0.1:45690"),
  TEST_RUN_ID: z
    .string()
    .regex(/^[a-z0-9]+$/)
    .default("local"),
  PRISMA_SCHEMA_ENGINE_BINARY: z.string().optional(),
});
export type TTestEnv = z.infer<typeof ZTestEnv>;

export const ZUploadEnv = z.object({
  EXAM_VIDEO_MAX_MB: positiveInt(200),
});
export type TUploadEnv = z.infer<typeof ZUploadEnv>;
