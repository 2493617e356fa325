// `@gafus/testing/runs`: what the scripts need to set a test run up and clean it away, without loading Prisma,
// BullMQ or S3 (the entry point `@gafus/testing` pulls them all in and takes seconds to import).
export { testRedisUrl, databaseUrl } from "./service-urls";
export { newTestRunId, parseTestRunId, testRunDatabaseNames, TEST_RUN_MAX_AGE_MS } from "./test-run";
export { dropFinishedTestRunDatabases, dropTestRunDatabases } from "./test-run-databases";
