import { dropDatabase, listDatabases, withPgAdmin } from "./pg-admin";
import { isTestRunOver, parseTestRunId, TEST_DATABASE_PREFIX, testRunDatabaseNames } from "./test-run";

type TOptions = { serverUrl: string; prefix?: string };

/** The end of a run: drops the run's template, its per-file clones and its end-to-end database, nothing else. */
export async function dropTestRunDatabases({
  serverUrl,
  runId,
  prefix = TEST_DATABASE_PREFIX,
}: TOptions & { runId: string }): Promise<string[]> {
  const { own } = testRunDatabaseNames(runId, prefix);
  return withPgAdmin(serverUrl, async (client) => {
    const names = await listDatabases(client, own);
    for (const name of names) await dropDatabase(client, name);
    return names;
  });
}

/**
 * The start of a run: drops what runs that are provably over left behind (killed before their own clean-up; see
 * isTestRunOver). Databases of live runs, of other machines' recent runs and of hand-named runs stay. A database
 * that will not drop (another run starting at the same moment drops it first) is reported, not fatal.
 */
export async function dropFinishedTestRunDatabases({
  serverUrl,
  ownRunId,
  prefix = TEST_DATABASE_PREFIX,
}: TOptions & { ownRunId: string }): Promise<{ dropped: string[]; failed: string[] }> {
  return withPgAdmin(serverUrl, async (client) => {
    const dropped: string[] = [];
    const failed: string[] = [];
    for (const name of await listDatabases(client, prefix)) {
      // A run id has no underscore: it is everything up to the first one after the prefix.
      const run = parseTestRunId(name.slice(prefix.length).split("_")[0] ?? "");
      if (!run || run.id === ownRunId || !isTestRunOver(run)) continue;
      try {
        await dropDatabase(client, name);
        dropped.push(name);
      } catch (error) {
        failed.push(`${name}: ${(error as Error).message}`);
      }
    }
    return { dropped, failed };
  });
}
