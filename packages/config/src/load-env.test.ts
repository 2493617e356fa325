import { describe, expect, it } from "vitest";
import { EnvError, authEnv, databaseEnv, redisEnv, s3Env } from "./index";

describe("environment validation", () => {
  it("gives safe local defaults when nothing is set", () => {
    expect(databaseEnv({}).DATABASE_URL).toMatch(/^postgresql:\/\/.*127\.0\.0\.1/);
    expect(redisEnv({}).REDIS_URL).toMatch(/^redis:\/\//);
    expect(s3Env({}).S3_FORCE_PATH_STYLE).toBe(true);
  });

  it("names the variable that is wrong", () => {
    expect(() => databaseEnv({ DATABASE_URL: "mysql://x" })).toThrowError(/DATABASE_URL: must be a PostgreSQL URL/);
    try {
      redisEnv({ REDIS_URL: "not a url", REDIS_KEY_PREFIX: "bad prefix!" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as EnvError).variables.sort()).toEqual(["REDIS_KEY_PREFIX", "REDIS_URL"]);
    }
  });

  it("requires a strong AUTH_SECRET in production but not in development", () => {
    expect(() => authEnv({ NODE_ENV: "production" })).toThrowError(/AUTH_SECRET: is required in production/);
    expect(() => authEnv({ AUTH_SECRET: "short" })).toThrowError(/AUTH_SECRET: must be at least 32 characters/);
    expect(authEnv({ NODE_ENV: "development" }).AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("rejects a non-numeric rate limit", () => {
    expect(() => authEnv({ AUTH_SIGNIN_LIMIT_PER_IP: "many" })).toThrowError(/AUTH_SIGNIN_LIMIT_PER_IP/);
  });
});
