import { EventEmitter } from "node:events";
import { Writable } from "node:stream";
import { createLogger } from "@gafus/logger";
import { afterEach, describe, expect, it, vi } from "vitest";
import { connectionTrouble, watchConnectionErrors } from "./connection-errors";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(
    "test",
    new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) }),
  );
  return { logger, lines };
}

afterEach(() => vi.useRealTimers());

describe("connection error log", () => {
  it("writes one line per window however many errors, then one with the count it left out", () => {
    vi.useFakeTimers();
    const { logger, lines } = capture();
    const connection = new EventEmitter();
    watchConnectionErrors(connection, "redis producer", { logger, errorLogEveryMs: 10_000 });
    for (let i = 0; i < 50; i++) connection.emit("error", new Error("connect ECONNREFUSED"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", connection: "redis producer", suppressed: 0 });
    vi.advanceTimersByTime(10_000);
    connection.emit("error", new Error("connect ECONNREFUSED"));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ suppressed: 49, msg: "redis connection error" });
  });

  it("remembers the error until the connection is ready again, and says so once it is", () => {
    const { logger, lines } = capture();
    const connection = new EventEmitter();
    watchConnectionErrors(connection, "redis producer", { logger });
    expect(connectionTrouble(connection)).toBeNull();
    connection.emit("error", new Error("connect ECONNREFUSED"));
    connection.emit("error", new Error("WRONGPASS invalid password"));
    expect(connectionTrouble(connection)).toBe("WRONGPASS invalid password");
    connection.emit("ready");
    expect(connectionTrouble(connection)).toBeNull();
    expect(lines.at(-1)).toMatchObject({ level: "info", msg: "redis connection back", errors: 2 });
    // A fresh outage is logged at once, not held back by the window of the last one.
    connection.emit("error", new Error("connect ECONNREFUSED"));
    expect(lines.filter((l) => l.msg === "redis connection error")).toHaveLength(2);
  });
});
