import { defineConfig } from "prisma/config";

// The schema and migrations sit at the repository root (prisma/); the CLI runs from this package so the offline
// schema engine resolves its modules here. No URL is needed for `generate`.
export default defineConfig({
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations", seed: "tsx ../../prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
