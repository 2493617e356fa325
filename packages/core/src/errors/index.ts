export { AppError, ERROR_STATUS } from "./app-error";
export type { TErrorBody, TErrorCode } from "./app-error";
export { parseOrThrow, validationError, validationIssuesError } from "./validation";
export type { TFieldIssue } from "./validation";
