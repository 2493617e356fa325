import { fileURLToPath } from "node:url";

type TNextConfig = {
  basePath?: string;
  output: "standalone";
  outputFileTracingRoot: string;
  transpilePackages: string[];
  poweredByHeader: boolean;
  reactStrictMode: boolean;
  serverExternalPackages: string[];
};

const WORKSPACE_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** The one Next.js configuration of every app: standalone output, workspace packages compiled from source. */
export function createNextConfig({ basePath }: { basePath?: string } = {}): TNextConfig {
  return {
    ...(basePath ? { basePath } : {}),
    output: "standalone",
    outputFileTracingRoot: WORKSPACE_ROOT,
    transpilePackages: [
      "@gafus/auth",
      "@gafus/config",
      "@gafus/core",
      "@gafus/http",
      "@gafus/logger",
      "@gafus/prisma",
      "@gafus/queues",
      "@gafus/storage",
      "@gafus/ui",
    ],
    poweredByHeader: false,
    reactStrictMode: true,
    // Loaded by Node at run time rather than bundled: native/optional requires and worker threads.
    serverExternalPackages: ["pino", "pg", "ioredis", "@prisma/adapter-pg"],
  };
}
