import { getDb } from "@gafus/prisma";
import { getRedis } from "@gafus/queues";
import { getStorage } from "@gafus/storage";
import { checkReadiness } from "@gafus/core";
import { jsonResponse } from "./responses";

/**
 * GET /api/health (the process is up) and GET /api/ready (its database, Redis and S3 answer), the same in every
 * HTTP app. Ready answers 503 with the failing check named, so nginx and orchestrators can route around it.
 */
export function createHealthRoutes(service: string) {
  return {
    health: async () => jsonResponse({ status: "ok", service, uptimeSeconds: Math.round(process.uptime()) }),
    ready: async () => {
      const result = await checkReadiness({ db: getDb(), redis: getRedis(), storage: getStorage() });
      const ok = result.status === "ready";
      return ok
        ? jsonResponse({ ...result, service })
        : jsonResponse(
            {
              error: "not_ready",
              message: "A dependency is not available.",
              code: 503,
              details: { ...result, service },
            },
            503,
          );
    },
  };
}
