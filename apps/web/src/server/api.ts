import "server-only";
import { createApiRoute } from "@gafus/core/http";
import { logger } from "./deps";

export { optionalApiUser, requireApiUser } from "@gafus/core/http";
export const apiRoute = createApiRoute(logger);
