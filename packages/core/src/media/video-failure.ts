/**
 * Why a trainer's video failed, as a code the panel shows in the reader's language. The English sentence stays in
 * `MediaAsset.error` for logs, the API and support.
 */
export const VIDEO_FAILURE_CODES = [
  "too_large",
  "not_a_video",
  "not_decodable",
  "too_long",
  "unknown_duration",
  "interrupted",
  "transcode_failed",
] as const;

export type TVideoFailureCode = (typeof VIDEO_FAILURE_CODES)[number];

export const isVideoFailureCode = (value: string | null): value is TVideoFailureCode =>
  (VIDEO_FAILURE_CODES as readonly (string | null)[]).includes(value);

// Refusals of the file itself: the same bytes fail the same way again, only a new upload helps.
const REFUSED: readonly TVideoFailureCode[] = [
  "too_large",
  "not_a_video",
  "not_decodable",
  "too_long",
  "unknown_duration",
];

/** Whether another attempt on the same source can succeed (a reason without a code is given the benefit of doubt). */
export const isRetryableVideoFailure = (code: string | null): boolean =>
  !isVideoFailureCode(code) || !REFUSED.includes(code);
