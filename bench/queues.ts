// Queues through packages/queues and apps/worker versus raw BullMQ, in one run, on one Redis; then the outbox relay
// end to end (commit in PostgreSQL → handler ran). Usage: pnpm bench:queues
import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { testEnv } from "@gafus/config";
import { appendOutboxEvent, type TEventEnvelope } from "@gafus/core";
import { createLogger } from "@gafus/logger";
import { createQueue, publishEvents } from "@gafus/queues";
import { createTestDatabase, makeUser } from "@gafus/testing";
import { Queue, Worker } from "bullmq";
import { startEventsWorker } from "../apps/worker/src/events-worker";
import { startOutboxRelay } from "../apps/worker/src/outbox-relay";
import { percentiles } from "./stats";

const JOBS = Number(process.env.BENCH_JOBS ?? 5000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 4000);
const CONCURRENCY = 50;
const redisUrl = testEnv().TEST_REDIS_URL;
const silent = createLogger("bench", new Writable({ write: (_c, _e, done) => done() }));
const envelope = (i: number): TEventEnvelope => ({
  eventId: randomUUID(),
  eventType: "system.outbox.probed.v1",
  timestamp: new Date().toISOString(),
  actorId: null,
  data: { i },
  metadata: { correlationId: randomUUID() },
});

/** Adds JOBS jobs one by one (awaiting each add, as a request handler would) and waits until all are done. */
async function measure(
  label: string,
  add: (i: number) => Promise<string>,
  onDone: (listener: (id: string) => void) => void,
) {
  // A job can finish before its add() resolves, so both sides record times and latencies are paired at the end.
  const addedAt = new Map<string, number>();
  const doneAt = new Map<string, number>();
  let finish!: () => void;
  const allDone = new Promise<void>((resolve) => (finish = resolve));
  onDone((id) => {
    doneAt.set(id, performance.now());
    if (doneAt.size === JOBS) finish();
  });
  const started = performance.now();
  for (let i = 0; i < JOBS; i++) {
    const t0 = performance.now();
    const id = await add(i);
    addedAt.set(id, t0);
  }
  await allDone;
  const seconds = (performance.now() - started) / 1000;
  const latencies = [...addedAt].map(([id, t0]) => doneAt.get(id)! - t0);
  return { label, jobsPerSecond: Math.round(JOBS / seconds), ...percentiles(latencies) };
}

async function raw(prefix: string) {
  const queue = new Queue("raw", { connection: { url: redisUrl }, prefix });
  const worker = new Worker("raw", async () => undefined, {
    connection: { url: redisUrl, maxRetriesPerRequest: null },
    prefix,
    concurrency: CONCURRENCY,
  });
  const result = await measure(
    "raw BullMQ (Queue.add + Worker)",
    // The same payload as ours (an event envelope), so the ratio is the wrapper's cost, not the payload's size. Raw
    // is at its cheapest otherwise: generated ids, completed jobs dropped at once (ours keeps the last 1000).
    async (i) => (await queue.add("job", envelope(i), { removeOnComplete: true })).id!,
    (listener) => worker.on("completed", (job) => listener(job.id!)),
  );
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return result;
}

async function ours(prefix: string) {
  const queue = createQueue("events", { url: redisUrl, prefix });
  const worker = startEventsWorker({
    handlers: [{ name: "noop", handle: async () => undefined }],
    logger: silent,
    redisUrl,
    prefix,
    concurrency: CONCURRENCY,
  });
  // Timed at the same point as raw BullMQ: the worker's "completed" (the job id is the event id).
  const result = await measure(
    "packages/queues + apps/worker",
    async (i) => {
      const event = envelope(i);
      await publishEvents(queue, [event]);
      return event.eventId;
    },
    (listener) => worker.on("completed", (job) => listener(job.id!)),
  );
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return result;
}

/**
 * The outbox end to end. First a backlog: EVENTS rows already committed while the relay was down, then drained
 * (events/s). Then live traffic: eight writers commit changes with their events while the relay runs (commit →
 * handler latency).
 */
async function relay(prefix: string) {
  const t = await createTestDatabase();
  const user = await makeUser(t.db);
  const queue = createQueue("events", { url: redisUrl, prefix });
  const handledAt = new Map<string, number>();
  let target = 0;
  let finish: () => void = () => {};
  const worker = startEventsWorker({
    handlers: [
      {
        name: "clock",
        handle: async (event) =>
          void (handledAt.set(event.eventId, performance.now()), handledAt.size === target && finish()),
      },
    ],
    logger: silent,
    redisUrl,
    prefix,
    concurrency: CONCURRENCY,
  });
  const waitFor = (count: number) =>
    new Promise<void>((resolve) => ((target = count), (finish = resolve), handledAt.size >= count && resolve()));
  const commit = (i: number) =>
    t.db.$transaction((tx) =>
      appendOutboxEvent(tx, {
        eventType: "system.outbox.probed.v1",
        aggregateType: "user",
        aggregateId: user.id,
        actorId: user.id,
        data: { i },
      }),
    );

  for (let i = 0; i < EVENTS; i++) await commit(i);
  const started = performance.now();
  const outbox = startOutboxRelay({
    db: t.db,
    logger: silent,
    databaseUrl: t.url,
    publish: (events) => publishEvents(queue, events),
  });
  await waitFor(EVENTS);
  const drainPerSecond = Math.round(EVENTS / ((performance.now() - started) / 1000));

  const committedAt = new Map<string, number>();
  let next = 0;
  const writeStarted = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < EVENTS) {
        const event = await commit(next++);
        committedAt.set(event.eventId, performance.now());
      }
    }),
  );
  const writesPerSecond = Math.round(EVENTS / ((performance.now() - writeStarted) / 1000));
  await waitFor(EVENTS * 2);
  const latencies = [...committedAt].map(([id, t0]) => handledAt.get(id)! - t0);
  await outbox.stop();
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  await t.drop();
  return { drainPerSecond, writesPerSecond, ...percentiles(latencies) };
}

const prefix = `bench-${randomUUID().slice(0, 8)}`;
// A warm-up of each path first (JIT, Redis, connections), then ROUNDS rounds alternating which path goes first; the
// ratio compares medians, since a single pair on this shared 2-core machine varies by tens of percent.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
await raw(`${prefix}-warm-raw`);
await ours(`${prefix}-warm-ours`);
const rawRuns: Awaited<ReturnType<typeof raw>>[] = [];
const ourRuns: Awaited<ReturnType<typeof ours>>[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const pair = [
    async () => rawRuns.push(await raw(`${prefix}-raw${round}`)),
    async () => ourRuns.push(await ours(`${prefix}-ours${round}`)),
  ];
  for (const run of round % 2 ? pair.reverse() : pair) await run();
}
const median = <T>(runs: T[], by: (r: T) => number) => [...runs].sort((a, b) => by(a) - by(b))[runs.length >> 1]!;
console.log(
  `\n${JOBS} no-op jobs, added one by one, worker concurrency ${CONCURRENCY}, ${ROUNDS} alternating rounds after a warm-up; enqueue → done latency in ms\n`,
);
console.log("path".padEnd(34), "round", "jobs/s".padStart(8), "p50".padStart(7), "p95".padStart(7), "p99".padStart(7));
for (const [runs, label] of [
  [rawRuns, "raw BullMQ (Queue.add + Worker)"],
  [ourRuns, "packages/queues + apps/worker"],
] as const) {
  runs.forEach((r, i) =>
    console.log(
      label.padEnd(34),
      String(i + 1).padStart(5),
      String(r.jobsPerSecond).padStart(8),
      String(r.p50).padStart(7),
      String(r.p95).padStart(7),
      String(r.p99).padStart(7),
    ),
  );
}
const rawMedian = median(rawRuns, (r) => r.jobsPerSecond);
const ourMedian = median(ourRuns, (r) => r.jobsPerSecond);
console.log(
  `median jobs/s: raw ${rawMedian.jobsPerSecond}, ours ${ourMedian.jobsPerSecond}; ours / raw throughput: ${(ourMedian.jobsPerSecond / rawMedian.jobsPerSecond).toFixed(2)} (target ≥ 0.80)`,
);

const relayResult = await relay(`${prefix}-relay`);
console.log(`\noutbox relay, ${EVENTS} events`);
console.log(
  `backlog drained (commit → relay → queue → handler): ${relayResult.drainPerSecond} events/s (target ≥ 2000)`,
);
console.log(
  `live: 8 writers committing ${relayResult.writesPerSecond} events/s; commit → handler p50 ${relayResult.p50} ms, p95 ${relayResult.p95} ms, p99 ${relayResult.p99} ms (target p99 < 200)`,
);
process.exit(0);
