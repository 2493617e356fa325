import { createErrorTranslator, isErrorMessageKey, type TErrorTranslate } from "../i18n/error-translator";
import { DEFAULT_LOCALE, isLocale, type TLocale } from "../i18n/locales";
import { issueTextsByField } from "../i18n/validation-issue";

export type TApiSuccess<T> = { ok: true; status: number; data: T };

export type TApiFailure = {
  ok: false;
  /** 0 when no answer came at all (no connection, cancelled). */
  status: number;
  /** The contract's error code (`validation_failed`, `not_found`, …), or `network`, `unexpected_response`, `aborted`. */
  error: string;
  /** What went wrong, in the reader's language, ready to show. */
  message: string;
  /** What is wrong with each field, in the reader's language. */
  fields: Record<string, string[]>;
  /** The answer's `details` as sent (a reason, a list of days, …) for callers that say more. */
  details: Record<string, unknown>;
  /** From `details.retryAfterSeconds` or the Retry-After header, when the server said. */
  retryAfterSeconds: number | null;
};

export type TApiResult<T> = TApiSuccess<T> | TApiFailure;

/** What came back, as both fetch and XMLHttpRequest can tell it. */
export type TRawAnswer =
  | { kind: "answer"; status: number; text: string; retryAfter: string | null }
  | { kind: "network" }
  | { kind: "aborted" }
  | { kind: "timeout" };

type TErrorBody = { error: string; message?: unknown; details?: unknown };

// Answers that do not come in our format (nginx, S3) still say something clear when their status does.
const BY_STATUS: Record<number, string> = {
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
};

/** The page's language (the <html lang> the server rendered), Russian outside a browser. */
export function readerLocale(): TLocale {
  const lang = typeof document === "undefined" ? null : document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isErrorBody = (value: unknown): value is TErrorBody => isRecord(value) && typeof value.error === "string";

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function retryAfterOf(details: Record<string, unknown>, header: string | null): number | null {
  if (typeof details.retryAfterSeconds === "number") return details.retryAfterSeconds;
  const seconds = Number(header ?? "");
  return header && Number.isFinite(seconds) ? seconds : null;
}

/** Fields reported without issues (a use case's own check): their sentence, inside a translated frame. */
function fieldsWithoutIssues(say: TErrorTranslate, fields: unknown): Record<string, string[]> {
  const byField: Record<string, string[]> = Object.create(null);
  if (!isRecord(fields)) return byField;
  for (const [field, value] of Object.entries(fields)) {
    const texts = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    byField[field] = texts.length ? texts.map((detail) => say("validation.invalid", { detail })) : [];
  }
  return { ...byField };
}

function codeText(say: TErrorTranslate, error: string, retryAfterSeconds: number | null, status: number): string {
  if (error === "rate_limited") {
    return say("apiError.rate_limited", { minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) });
  }
  const key = `apiError.${error}`;
  return isErrorMessageKey(key) ? say(key, { status }) : say("apiError.generic");
}

function failure(say: TErrorTranslate, status: number, body: TErrorBody, retryAfterHeader: string | null): TApiFailure {
  const details = isRecord(body.details) ? body.details : {};
  const retryAfterSeconds = retryAfterOf(details, retryAfterHeader);
  const base = { ok: false as const, status, error: body.error, details, retryAfterSeconds };
  const issues = issueTextsByField(say, details.issues);
  if (Object.keys(issues).length > 0) {
    return { ...base, fields: issues, message: Object.values(issues).flat().join(" ") };
  }
  const fields = fieldsWithoutIssues(say, details.fields);
  const serverWords = typeof body.message === "string" ? body.message.trim() : "";
  // A use case's own validation names the problem only in its (English) sentence: say it inside our frame.
  const message =
    body.error === "validation_failed" && serverWords
      ? say("validation.invalid", { detail: serverWords })
      : codeText(say, body.error, retryAfterSeconds, status);
  return { ...base, fields, message };
}

/**
 * Turns whatever came back into a result: the data of a 2xx answer (null when it has no body), or a failure whose
 * `message` and `fields` are in the reader's language. An answer in the platform's error format
 * (`{ error, message, code, details }`) is explained by its code and `details.issues`; no connection, a cancel or
 * an answer in no format we know become failures too, never a silent null.
 */
export function readAnswer(answer: Exclude<TRawAnswer, { kind: "answer" }>, locale?: TLocale): TApiFailure;
export function readAnswer<T>(answer: TRawAnswer, locale?: TLocale): TApiResult<T>;
export function readAnswer<T>(answer: TRawAnswer, locale: TLocale = readerLocale()): TApiResult<T> {
  const say = createErrorTranslator(locale);
  if (answer.kind !== "answer") return failure(say, 0, { error: answer.kind }, null);
  const { status, text, retryAfter } = answer;
  const parsed = text.trim() === "" ? ({ ok: true, value: null } as const) : parseJson(text);
  if (status >= 200 && status < 300 && parsed.ok) return { ok: true, status, data: parsed.value as T };
  if (parsed.ok && isErrorBody(parsed.value)) return failure(say, status, parsed.value, retryAfter);
  return failure(say, status, { error: BY_STATUS[status] ?? "unexpected_response" }, retryAfter);
}
