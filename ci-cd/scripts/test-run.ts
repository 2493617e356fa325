// Sets up and cleans away one test run's databases (see @gafus/testing/runs for the naming and the rule).
//   test-run.ts prepare <owner pid>   drops finished runs' leftovers, prints KEY=value lines for the run's env
//   test-run.ts drop <run id>         drops the run's own databases (template, per-file clones, end-to-end)
// Reads DATABASE_SERVER_URL and REDIS_URL as lib.sh's load_service_env exports them; logs go to stderr.
import {
  dropFinishedTestRunDatabases,
  dropTestRunDatabases,
  newTestRunId,
  testRedisUrl,
  testRunDatabaseNames,
} from "@gafus/testing/runs";

const say = (msg: string) => console.error(`\x1b[1;34m[gafus]\x1b[0m ${msg}`);
const serverUrl = process.env.DATABASE_SERVER_URL;
if (!serverUrl) throw new Error("DATABASE_SERVER_URL is not set (source lib.sh and call load_service_env)");
const [command, arg] = process.argv.slice(2);

if (command === "prepare" && arg && /^\d+$/.test(arg)) {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) throw new Error("REDIS_URL is not set (source lib.sh and call load_service_env)");
  // A hand-set TEST_RUN_ID is honoured; other runs then never treat its leftovers as theirs to remove.
  const runId = process.env.TEST_RUN_ID || newTestRunId({ pid: Number(arg) });
  // Database names stop at 63 bytes: gafus_t_<id>_empty_<8 hex> leaves 40 for the id, which may hold no underscore.
  if (!/^[a-z0-9]{1,40}$/.test(runId)) throw new Error(`TEST_RUN_ID must be 1-40 of [a-z0-9], not "${runId}"`);
  const { dropped, failed } = await dropFinishedTestRunDatabases({ serverUrl, ownRunId: runId });
  if (dropped.length) say(`dropped ${dropped.length} database(s) left by finished test runs: ${dropped.join(" ")}`);
  for (const failure of failed) say(`could not drop a finished run's database ${failure}`);
  const names = testRunDatabaseNames(runId);
  const env = {
    TEST_RUN_ID: runId,
    TEST_TEMPLATE_DATABASE: names.template,
    TEST_E2E_DATABASE: names.e2e,
    TEST_REDIS_URL: testRedisUrl(redisUrl),
  };
  for (const [key, value] of Object.entries(env)) console.log(`${key}=${value}`);
} else if (command === "drop" && arg) {
  const dropped = await dropTestRunDatabases({ serverUrl, runId: arg });
  if (dropped.length) say(`dropped this run's ${dropped.length} database(s)`);
} else {
  throw new Error("usage: test-run.ts prepare <owner pid> | drop <run id>");
}
