import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { testEnv } from "@gafus/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropDatabase, listDatabases, withPgAdmin } from "./pg-admin";
import { newTestRunId, thisMachineId, testRunDatabaseNames } from "./test-run";
import { dropFinishedTestRunDatabases, dropTestRunDatabases } from "./test-run-databases";

// A namespace of this file's own instead of gafus_t_: the clean-ups under test then see only the databases made
// here, never those of the run executing this file or of anyone else on the server.
const prefix = `gafus_tq${randomBytes(3).toString("hex")}_`;
const serverUrl = () => testEnv().TEST_DATABASE_SERVER_URL;
const existing = () => withPgAdmin(serverUrl(), (c) => listDatabases(c, prefix));
const create = (names: string[]) =>
  withPgAdmin(serverUrl(), async (c) => {
    for (const name of names) await c.query(`CREATE DATABASE "${name}"`);
  });

/** What `npm test` makes for one run: the template, per-file clones and the end-to-end database. */
function runDatabases(runId: string): string[] {
  const names = testRunDatabaseNames(runId, prefix);
  return [names.template, `${names.own}0a1b2c3d`, names.e2e];
}

/** One leftover per run is enough to see whether a clean-up takes it (CREATE DATABASE costs ~0.3 s here). */
const leftover = (runId: string) => `${prefix}${runId}_0a1b2c3d`;

/** A pid that surely belongs to no process any more: a child that has already exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ["-e", ""]);
  if (!pid) throw new Error("could not start a child process");
  return pid;
}

let otherRunOwner: ChildProcess;

beforeAll(() => {
  // The second run's owner is a live process other than this one, like a second test.sh would be.
  otherRunOwner = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });
});

afterAll(async () => {
  otherRunOwner.kill();
  await withPgAdmin(serverUrl(), async (c) => {
    for (const name of await listDatabases(c, prefix)) await dropDatabase(c, name);
  });
});

describe("test run databases on a shared PostgreSQL", () => {
  it("a second run's start and end leave a running first run's databases alone", async () => {
    const first = newTestRunId({ pid: process.pid });
    const second = newTestRunId({ pid: otherRunOwner.pid! });
    await create(runDatabases(first));

    const atStart = await dropFinishedTestRunDatabases({ serverUrl: serverUrl(), ownRunId: second, prefix });
    expect(atStart).toEqual({ dropped: [], failed: [] });
    await create(runDatabases(second));
    expect(await existing()).toEqual([...runDatabases(first), ...runDatabases(second)].sort());

    const atEnd = await dropTestRunDatabases({ serverUrl: serverUrl(), runId: second, prefix });
    expect(atEnd.sort()).toEqual(runDatabases(second).sort());
    expect(await existing()).toEqual(runDatabases(first).sort());

    await dropTestRunDatabases({ serverUrl: serverUrl(), runId: first, prefix });
    expect(await existing()).toEqual([]);
  });

  it("a run's start drops only what provably finished runs left behind", async () => {
    const day = 24 * 60 * 60 * 1000;
    const otherMachine = thisMachineId() === "00000000" ? "ffffffff" : "00000000";
    const killed = newTestRunId({ pid: deadPid() });
    const stale = newTestRunId({ pid: process.pid, now: new Date(Date.now() - day - 60_000) });
    const legacyStale = `r${Math.floor((Date.now() - 2 * day) / 1000)}`;
    const live = newTestRunId({ pid: process.pid });
    const elsewhere = newTestRunId({ pid: deadPid(), machine: otherMachine });
    const legacyRecent = `r${Math.floor(Date.now() / 1000)}`;
    const handNamed = "dev4242";
    const runs = { killed, stale, legacyStale, live, elsewhere, legacyRecent, handNamed };
    await create(Object.values(runs).map(leftover));

    const own = newTestRunId({ pid: otherRunOwner.pid! });
    const { dropped, failed } = await dropFinishedTestRunDatabases({ serverUrl: serverUrl(), ownRunId: own, prefix });

    expect(failed).toEqual([]);
    expect(dropped.sort()).toEqual([killed, stale, legacyStale].map(leftover).sort());
    expect(await existing()).toEqual([live, elsewhere, legacyRecent, handNamed].map(leftover).sort());
  });
});
