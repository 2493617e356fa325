import "server-only";
import { createRouter } from "@gafus/http";
import { createLogger } from "@gafus/logger";

export const logger = createLogger("trainer-panel");

/**
 * The panel's one route wrapper: every /trainer/api route is `route(operation, handler)` (see src/contract), and
 * every signed-in route first passes the app's gate (trainers, moderators, admins); finer checks happen in core.
 */
export const route = createRouter({ logger, gate: "app:trainer-panel" });
