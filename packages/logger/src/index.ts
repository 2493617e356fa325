export { createLogger, REDACT_PATHS } from "./create-logger";
export type { TLogger } from "./create-logger";
export { currentContext, runWithContext, setContextUser } from "./request-context";
export type { TRequestContext } from "./request-context";
