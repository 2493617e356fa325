import { Writable } from "node:stream";
import { appendOutboxEvent, relayOutboxBatch, type TEventEnvelope } from "@gafus/core";
import { createLogger } from "@gafus/logger";
import { createTestDatabase, makeUser, type TTestDatabase, waitUntil } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUTBOX_LISTENER_NAME, startOutboxRelay } from "./outbox-relay";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));
// Far longer than any wait below: an event published in time was woken by its NOTIFY, not found by polling.
const POLL_MS = 20_000;

const act = (userId: string, i: number) =>
  t.db.$transaction((tx) =>
    appendOutboxEvent(tx, {
      eventType: "system.outbox.probed.v1",
      aggregateType: "user",
      aggregateId: userId,
      actorId: userId,
      data: { i },
    }),
  );

const listenerBackends = () =>
  t.db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity
    WHERE application_name = ${OUTBOX_LISTENER_NAME} AND datname = current_database() AND query LIKE 'LISTEN%'`;

describe("outbox relay wake-ups", () => {
  it("runs again at once for a NOTIFY that arrived while a batch was running", async () => {
    const user = await makeUser(t.db);
    const published: TEventEnvelope[] = [];
    let batches = 0;
    const relay = startOutboxRelay({
      db: t.db,
      logger,
      databaseUrl: t.url,
      pollMs: POLL_MS,
      publish: async (events) => void published.push(...events),
      relayBatch: async (input) => {
        batches += 1;
        if (batches !== 1) return relayOutboxBatch(input);
        // The first batch reads an empty table, then a commit lands and notifies while the batch still runs.
        const moved = await relayOutboxBatch(input);
        await act(user.id, 1);
        await new Promise((r) => setTimeout(r, 200));
        return moved;
      },
    });
    await waitUntil(() => batches >= 1, 5_000, "the first batch");
    await waitUntil(() => published.length === 1, 3_000, "the event committed during a batch");
    await relay.stop();
    expect(published[0]?.data).toEqual({ i: 1 });
  });

  it("opens LISTEN again after its connection is killed, and keeps polling meanwhile", async () => {
    const user = await makeUser(t.db);
    const published: TEventEnvelope[] = [];
    const relay = startOutboxRelay({
      db: t.db,
      logger,
      databaseUrl: t.url,
      pollMs: POLL_MS,
      publish: async (events) => void published.push(...events),
    });
    await waitUntil(async () => (await listenerBackends()).length === 1, 5_000, "the listener");
    const [first] = await listenerBackends();
    await t.db.$queryRaw`SELECT pg_terminate_backend(${first!.pid}::int)`;
    await waitUntil(
      async () => (await listenerBackends()).some((b) => b.pid !== first!.pid),
      10_000,
      "a new listener connection",
    );
    await act(user.id, 1);
    await waitUntil(() => published.length === 1, 2_000, "the event after the reconnect");
    await relay.stop();
    expect(published[0]?.data).toEqual({ i: 1 });
    await waitUntil(async () => (await listenerBackends()).length === 0, 5_000, "the listener to close on stop");
  });
});
