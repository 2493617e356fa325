import { describe, expect, it } from "vitest";
import { databaseUrl, testRedisUrl } from "./service-urls";

describe("testRedisUrl", () => {
  it("adds the database number to a URL without one", () => {
    expect(testRedisUrl("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379/1");
  });

  it("fills in a trailing slash instead of cutting the host off", () => {
    expect(testRedisUrl("redis://cache.internal:6379/")).toBe("redis://cache.internal:6379/1");
  });

  it("replaces the platform's database number", () => {
    expect(testRedisUrl("redis://127.0.0.1:63790/0")).toBe("redis://127.0.0.1:63790/1");
    expect(testRedisUrl("redis://127.0.0.1:63790/12", 3)).toBe("redis://127.0.0.1:63790/3");
  });

  it("keeps the user and password, percent-encoding included", () => {
    expect(testRedisUrl("redis://default:p%40ss%2Fw0rd@redis.example:6380/0")).toBe(
      "redis://default:p%40ss%2Fw0rd@redis.example:6380/1",
    );
    expect(testRedisUrl("rediss://:secret@redis.example")).toBe("rediss://:secret@redis.example/1");
  });

  it("keeps query options and drops a conflicting db option", () => {
    expect(testRedisUrl("redis://127.0.0.1:6379/0?family=6&db=0")).toBe("redis://127.0.0.1:6379/1?family=6");
    expect(testRedisUrl("redis://127.0.0.1:6379?family=4")).toBe("redis://127.0.0.1:6379/1?family=4");
  });

  it("refuses what is not a Redis URL", () => {
    expect(() => testRedisUrl("http://127.0.0.1:6379")).toThrow(/not a Redis URL/);
  });
});

describe("databaseUrl", () => {
  it("names the database on a server URL with or without a path, keeping the query", () => {
    expect(databaseUrl("postgresql://gafus@127.0.0.1:54329", "gafus_t_x")).toBe(
      "postgresql://gafus@127.0.0.1:54329/gafus_t_x",
    );
    expect(databaseUrl("postgresql://u:p%40w@db.example:5432/gafus?sslmode=require", "postgres")).toBe(
      "postgresql://u:p%40w@db.example:5432/postgres?sslmode=require",
    );
  });
});
