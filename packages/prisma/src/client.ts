import { databaseEnv } from "@gafus/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type TDb = PrismaClient;

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

// One client per process; in development Next's hot reload re-imports modules, so the client lives on globalThis.
const globalForDb = globalThis as unknown as { gafusDb?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForDb.gafusDb) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = databaseEnv();
    globalForDb.gafusDb = createPrismaClient(DATABASE_URL, DATABASE_POOL_SIZE);
  }
  return globalForDb.gafusDb;
}
