import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, withRequest } from "./create-logger";

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
  it("writes one JSON line with time, level, service, msg and requestId", () => {
    const { lines, stream } = capture();
    withRequest(createLogger("web", stream), "req-1").info("hello");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", service: "web", msg: "hello", requestId: "req-1" });
    expect(typeof lines[0]?.time).toBe("string");
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
