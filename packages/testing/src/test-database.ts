import { randomBytes } from "node:crypto";
import { testEnv } from "@gafus/config";
import { createPrismaClient, type TDb } from "@gafus/prisma";
import pg from "pg";

export type TTestDatabase = { name: string; url: string; db: TDb; drop: () => Promise<void> };

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${testEnv().TEST_DATABASE_SERVER_URL}/postgres` });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, cloned from the migrated template (CREATE DATABASE … TEMPLATE is a file
 * copy: ~100 ms instead of re-running migrations). Test files never share rows.
 */
export async function createTestDatabase(): Promise<TTestDatabase> {
  const env = testEnv();
  const name = `gafus_t_${env.TEST_RUN_ID}_${randomBytes(4).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${env.TEST_TEMPLATE_DATABASE}"`));
  const url = `${env.TEST_DATABASE_SERVER_URL}/${name}`;
  const db = createPrismaClient(url, 4);
  return {
    name,
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** An empty database (no migrations), for tests of the migrations themselves. */
export async function createEmptyDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const env = testEnv();
  const name = `gafus_t_${env.TEST_RUN_ID}_empty_${randomBytes(4).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: `${env.TEST_DATABASE_SERVER_URL}/${name}`,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
