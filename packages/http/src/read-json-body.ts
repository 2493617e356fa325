import type { z } from "zod";
import { AppError, parseOrThrow, validationIssuesError } from "@gafus/core";
import { findControlCharacters } from "./control-characters";

export const DEFAULT_BODY_LIMIT = 16 * 1024;

/**
 * Reads a JSON body with a hard size limit (counted while streaming, so a lying Content-Length does not help),
 * then validates it. Every failure is an AppError with a 4xx status; nothing is parsed past the limit.
 */
export async function readJsonBody<TSchema extends z.ZodType>(
  request: Request,
  schema: TSchema,
  limit = DEFAULT_BODY_LIMIT,
): Promise<z.infer<TSchema>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  }
  const text = await readLimited(request, limit);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The request body is not valid JSON.");
  }
  refuseControlCharacters(data);
  return parseOrThrow(schema, data);
}

/**
 * Text reaching PostgreSQL must not hold control characters (a NUL fails the insert with 22021, i.e. a 500), and
 * no field of ours wants them: every JSON body and query string is checked here, once, with a field error each.
 */
export function refuseControlCharacters(data: unknown): void {
  const fields = findControlCharacters(data);
  if (fields.length === 0) return;
  throw validationIssuesError(
    fields.map((field) => ({ field, code: "format", format: "text", message: "Remove control characters." })),
  );
}

function tooLarge(limit: number) {
  return new AppError("payload_too_large", `The request body is larger than ${limit} bytes.`, { limit });
}

/** The raw body, refused with a 413 as soon as it grows past `limit` (a chunked body has no Content-Length). */
export async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readLimited(request: Request, limit: number): Promise<string> {
  return new TextDecoder().decode(await readBodyLimited(request, limit));
}
