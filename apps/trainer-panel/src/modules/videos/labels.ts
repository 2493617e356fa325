import { VIDEO_FAILURE_CODES, type TVideoFailureCode } from "@gafus/core";
import type { TTranslate } from "@gafus/ui/i18n";

const KEYS = [
  "uploadTitle",
  "file",
  "name",
  "upload",
  "cancel",
  "resumeHint",
  "discard",
  "progress",
  "uploading",
  "reconnecting",
  "uploaded",
  "cancelled",
  "tooLarge",
  "badType",
  "failedUpload",
  "status.UPLOADING",
  "status.QUEUED",
  "status.TRANSCODING",
  "status.READY",
  "status.FAILED",
  "retry",
  "delete",
  "deleteConfirm",
  "preview",
  "hidePreview",
  "empty",
  "duration",
  "playError",
] as const;

export type TVideoLabels = Record<(typeof KEYS)[number] | `reason.${TVideoFailureCode}`, string>;

/**
 * The panel's texts in the reader's language, raw (placeholders are filled in the browser), except the failure
 * reasons, whose limits are known here.
 */
export function videoLabels(t: TTranslate, limits: { max: string; limit: string }): TVideoLabels {
  const plain = KEYS.map((key) => [key, t(`videos.${key}`)]);
  const reasons = VIDEO_FAILURE_CODES.map((code) => [`reason.${code}`, t(`videos.reason.${code}`, limits)]);
  return Object.fromEntries([...plain, ...reasons]) as TVideoLabels;
}
