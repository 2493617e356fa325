import "server-only";
import { createApiRoute } from "@gafus/core/http";
import { createLogger } from "@gafus/logger";

export { requireApiUser } from "@gafus/core/http";
export const logger = createLogger("trainer-panel");
export const apiRoute = createApiRoute(logger);
