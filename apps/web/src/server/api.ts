import "server-only";
import { createRouter } from "@gafus/http";
import { logger } from "./deps";

/** The web app's one route wrapper: every /api and /media route is `route(operation, handler)` (see src/contract). */
export const route = createRouter({ logger });
