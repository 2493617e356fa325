export { DEFAULT_BODY_LIMIT, readBodyLimited, readJsonBody } from "./read-json-body";
export { errorResponse, jsonResponse, toErrorResponse } from "./responses";
export { createHealthRoutes } from "./health-routes";
export { createApiRoute, optionalApiUser, requireApiUser } from "./api-route";
