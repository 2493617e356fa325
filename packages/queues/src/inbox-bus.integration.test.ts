import { randomUUID } from "node:crypto";
import { testEnv } from "@gafus/config";
import { describe, expect, it } from "vitest";
import { createInboxBus } from "./inbox-bus";

describe("inbox bus", () => {
  it("delivers the very first publish of a new process to a subscriber that is ready", async () => {
    const prefix = `test-${randomUUID().slice(0, 8)}:`;
    const listenerSide = createInboxBus({ url: testEnv().TEST_REDIS_URL, prefix });
    const publisherSide = createInboxBus({ url: testEnv().TEST_REDIS_URL, prefix });
    let heard = 0;
    const { ready, unsubscribe } = listenerSide.subscribe("user-1", () => (heard += 1));
    await ready;
    await publisherSide.publish("user-1");
    await publisherSide.publish("user-2");
    await expect.poll(() => heard).toBe(1);
    unsubscribe();
    await publisherSide.publish("user-1");
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).toBe(1);
    listenerSide.close();
    publisherSide.close();
  });
});
