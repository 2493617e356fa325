import "server-only";
import { createApiRoute, createRouter } from "@gafus/http";
import { logger } from "./deps";

/** The web app's one route wrapper: every /api route is `route(operation, handler)` (see src/contract). */
export const route = createRouter({ logger });

// Transitional, until every route is built with `route`.
export { optionalApiUser, requireApiUser } from "@gafus/http";
export const apiRoute = createApiRoute(logger);
