import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEmptyDatabase } from "@gafus/testing";
import pg from "pg";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("migrations", () => {
  it("apply from scratch to an empty database and leave nothing pending", async () => {
    const empty = await createEmptyDatabase();
    try {
      // The Prisma CLI is a child process: it needs the whole environment (PATH, the offline engine), not our config.
      // eslint-disable-next-line no-restricted-properties
      const env = { ...process.env, DATABASE_URL: empty.url };
      const deploy = await run("pnpm", ["exec", "prisma", "migrate", "deploy"], { cwd: packageDir, env });
      expect(deploy.stdout).toMatch(
        /migrations? (have been )?(successfully )?applied|All migrations have been successfully applied/i,
      );
      const status = await run("pnpm", ["exec", "prisma", "migrate", "status"], { cwd: packageDir, env });
      expect(status.stdout).toContain("Database schema is up to date");

      const client = new pg.Client({ connectionString: empty.url });
      await client.connect();
      const tables = await client.query<{ tablename: string }>(
        "select tablename from pg_tables where schemaname = 'public' order by tablename",
      );
      await client.end();
      expect(tables.rows.map((r) => r.tablename)).toEqual(
        expect.arrayContaining(["User", "AuditLog", "OutboxEvent", "_prisma_migrations"]),
      );
    } finally {
      await empty.drop();
    }
  }, 60_000);
});
