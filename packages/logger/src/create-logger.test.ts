import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./create-logger";
import { runWithContext, setContextUser } from "./request-context";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, stream };
}

describe("createLogger", () => {
  it("writes one JSON line with time, level, service, msg and the request's ids", () => {
    const { lines, stream } = capture();
    const logger = createLogger("web", stream);
    runWithContext({ requestId: "req-1", correlationId: "corr-1" }, () => {
      setContextUser("user-1");
      logger.info("hello");
    });
    logger.info("outside");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: "info",
      service: "web",
      msg: "hello",
      requestId: "req-1",
      correlationId: "corr-1",
      userId: "user-1",
    });
    expect(typeof lines[0]?.time).toBe("string");
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("uses the request id as the correlation id when none is given", () => {
    const { lines, stream } = capture();
    runWithContext({ requestId: "req-2" }, () => createLogger("worker", stream).info("job"));
    expect(lines[0]).toMatchObject({ requestId: "req-2", correlationId: "req-2" });
  });

  it("never writes passwords, tokens or cookies", () => {
    const { lines, stream } = capture();
    createLogger("web", stream).info(
      { password: "hunter22", user: { passwordHash: "x" }, req: { headers: { cookie: "s=1" } } },
      "sign-in",
    );
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain("hunter22");
    expect(text).not.toContain('"s=1"');
    expect(lines[0]).toMatchObject({ password: "[redacted]", user: { passwordHash: "[redacted]" } });
  });
});
