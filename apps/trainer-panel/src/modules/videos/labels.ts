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

export type TVideoLabels = Record<(typeof KEYS)[number], string>;

/** The panel's texts in the reader's language, raw (placeholders are filled in the browser). */
export function videoLabels(t: TTranslate): TVideoLabels {
  return Object.fromEntries(KEYS.map((key) => [key, t(`videos.${key}`)])) as TVideoLabels;
}
