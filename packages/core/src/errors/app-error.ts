/** The error codes of the public contract, with their HTTP status. */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  // Answered by nginx itself (a request it cannot parse, a URI past its buffers), in the same format.
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_enrolled: 403,
  day_locked: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  email_taken: 409,
  exam_pending: 409,
  step_not_ready: 409,
  video_not_retryable: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  range_not_satisfiable: 416,
  rate_limited: 429,
  internal_error: 500,
  ai_failed: 502,
  not_ready: 503,
  ai_not_configured: 503,
} as const;

export type TErrorCode = keyof typeof ERROR_STATUS;

export type TErrorBody = { error: TErrorCode; message: string; code: number; details: Record<string, unknown> };

/** A failure a use case reports on purpose; adapters map it to `{ error, message, code, details }`. */
export class AppError extends Error {
  constructor(
    readonly error: TErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.error];
  }

  toBody(): TErrorBody {
    return { error: this.error, message: this.message, code: this.status, details: this.details };
  }
}
