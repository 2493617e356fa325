export { createLogger, withRequest, REDACT_PATHS } from "./create-logger";
export type { TLogger } from "./create-logger";
