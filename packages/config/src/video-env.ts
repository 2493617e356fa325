import { createHmac } from "node:crypto";
import { z } from "zod";
import { lazyEnv, loadEnv } from "./load-env";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const DEV_MEDIA_SECRET = "gafus-development-media-secret-change-me-in-production";

/**
 * The video pipeline: upload limits, where browsers reach S3 for presigned part uploads, and the secret that signs
 * short-lived segment URLs. S3_PUBLIC_ENDPOINT defaults to `<PUBLIC_URL>/s3` (nginx proxies it to s3rver locally);
 * in production it is the real S3 endpoint, whose signature check then also protects the presigned URLs.
 */
export const ZVideoEnv = z
  .object({
    NODE_ENV: z.string().optional(),
    PUBLIC_URL: z.string().default("http://localhost:8080"),
    S3_PUBLIC_ENDPOINT: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
    VIDEO_MAX_BYTES: positiveInt(2 * 1024 ** 3),
    VIDEO_MAX_DURATION_SEC: positiveInt(3 * 3600),
    VIDEO_PART_BYTES: positiveInt(16 * 1024 ** 2),
    VIDEO_TRANSCODE_CONCURRENCY: positiveInt(1),
    MEDIA_URL_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    AUTH_SECRET: z.string().optional(),
    MEDIA_URL_TTL_SEC: positiveInt(600),
  })
  .superRefine((env, ctx) => {
    if (!env.MEDIA_URL_SECRET && !env.AUTH_SECRET && env.NODE_ENV === "production")
      ctx.addIssue({ code: "custom", path: ["MEDIA_URL_SECRET"], message: "is required in production" });
  })
  .transform(({ NODE_ENV: _n, PUBLIC_URL, AUTH_SECRET, ...env }) => ({
    ...env,
    S3_PUBLIC_ENDPOINT: env.S3_PUBLIC_ENDPOINT ?? `${PUBLIC_URL.replace(/\/$/, "")}/s3`,
    // Without its own secret, one is derived from AUTH_SECRET (never AUTH_SECRET itself, so a leaked segment
    // signature says nothing about session signing).
    MEDIA_URL_SECRET:
      env.MEDIA_URL_SECRET ??
      (AUTH_SECRET ? createHmac("sha256", AUTH_SECRET).update("gafus media urls").digest("hex") : DEV_MEDIA_SECRET),
  }));
export type TVideoEnv = z.infer<typeof ZVideoEnv>;

export const videoEnv = lazyEnv((source) => loadEnv(ZVideoEnv, source));
