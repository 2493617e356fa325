import { createHash } from "node:crypto";
import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";

/**
 * A test run's id names everything the run creates (databases, Redis prefixes, buckets) and says who made it:
 * `r<start, epoch seconds>p<owner pid>m<machine>`, e.g. `r1764000000p4242m1a2b3c4d`. Another run can then tell a
 * dead run's leftovers from a live run's databases without any shared state. Lowercase letters and digits only.
 */
export type TTestRun = { id: string; startedAt: Date; pid?: number; machine?: string };

// `r<seconds>` alone is the id the scripts used before runs recorded their owner: only its age is known.
const RUN_ID = /^r(\d{1,12})(?:p(\d{1,10})m([0-9a-f]{8}))?$/;

/** A run is provably over once it is this old, wherever it ran (a full `npm test` takes minutes). */
export const TEST_RUN_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Who can see our processes: the kernel boot plus the pid namespace (two containers on one host share the boot
 * but not their pids). Without /proc, the host name.
 */
export function thisMachineId(): string {
  let identity: string;
  try {
    identity = `${readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim()}|${readlinkSync("/proc/self/ns/pid")}`;
  } catch {
    identity = hostname();
  }
  return createHash("sha256").update(identity).digest("hex").slice(0, 8);
}

export function newTestRunId({
  pid,
  now = new Date(),
  machine = thisMachineId(),
}: {
  pid: number;
  now?: Date;
  machine?: string;
}): string {
  return `r${Math.floor(now.getTime() / 1000)}p${pid}m${machine}`;
}

/** The run behind an id, or null for an id given by hand (TEST_RUN_ID=…), which is never cleaned up by others. */
export function parseTestRunId(id: string): TTestRun | null {
  const m = RUN_ID.exec(id);
  if (!m) return null;
  const startedAt = new Date(Number(m[1]) * 1000);
  return m[2] && m[3] ? { id, startedAt, pid: Number(m[2]), machine: m[3] } : { id, startedAt };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/**
 * True only when the run cannot still be going: it started more than a day ago, or it ran on this machine (same
 * boot and pid namespace) and its owner process is gone. A reused pid only keeps leftovers longer, never the reverse.
 */
export function isTestRunOver(
  run: TTestRun,
  {
    now = new Date(),
    machine = thisMachineId(),
    isAlive = isProcessAlive,
  }: { now?: Date; machine?: string; isAlive?: (pid: number) => boolean } = {},
): boolean {
  if (now.getTime() - run.startedAt.getTime() > TEST_RUN_MAX_AGE_MS) return true;
  return run.pid !== undefined && run.machine === machine && !isAlive(run.pid);
}

/** Every database of a run starts with `<prefix><run id>_`; the prefix is `gafus_t_` outside this package's tests. */
export const TEST_DATABASE_PREFIX = "gafus_t_";

export function testRunDatabaseNames(runId: string, prefix = TEST_DATABASE_PREFIX) {
  const own = `${prefix}${runId}_`;
  return { own, template: `${own}template`, e2e: `${own}e2e` };
}
