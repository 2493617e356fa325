import { randomBytes } from "node:crypto";
import { testEnv } from "@gafus/config";
import { createPrismaClient, type TDb } from "@gafus/prisma";
import type pg from "pg";
import { dropDatabase, withPgAdmin } from "./pg-admin";
import { databaseUrl } from "./service-urls";
import { testRunDatabaseNames } from "./test-run";

export type TTestDatabase = { name: string; url: string; db: TDb; drop: () => Promise<void> };

function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  return withPgAdmin(testEnv().TEST_DATABASE_SERVER_URL, run);
}

/** A database name in this run's namespace, so the run's clean-up (and only it) removes a file's leftovers. */
function runDatabaseName(kind: string): string {
  return `${testRunDatabaseNames(testEnv().TEST_RUN_ID).own}${kind}${randomBytes(4).toString("hex")}`;
}

/**
 * A fresh database for one test file, cloned from the run's migrated template (CREATE DATABASE … TEMPLATE is a
 * file copy: ~100 ms instead of re-running migrations). Test files never share rows.
 */
export async function createTestDatabase(): Promise<TTestDatabase> {
  const env = testEnv();
  const name = runDatabaseName("");
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${env.TEST_TEMPLATE_DATABASE}"`));
  const url = databaseUrl(env.TEST_DATABASE_SERVER_URL, name);
  const db = createPrismaClient(url, 4);
  return {
    name,
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await admin((c) => dropDatabase(c, name));
    },
  };
}

/** An empty database (no migrations), for tests of the migrations themselves. */
export async function createEmptyDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const env = testEnv();
  const name = runDatabaseName("empty_");
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: databaseUrl(env.TEST_DATABASE_SERVER_URL, name),
    drop: () => admin((c) => dropDatabase(c, name)),
  };
}
