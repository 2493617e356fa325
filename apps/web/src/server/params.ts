import { AppError } from "@gafus/core";
import { z } from "zod";

const ZSlug = z.string().regex(/^[a-z0-9-]{1,120}$/);
const ZNumber = z.coerce.number().int().min(1).max(1000);

/** Path parameters of course, day and step routes; a malformed one is a 404, as for an unknown course. */
export async function stepParams(params: Promise<Record<string, string>>) {
  const raw = await params;
  const parsed = z.object({ slug: ZSlug, day: ZNumber.optional(), step: ZNumber.optional() }).safeParse(raw);
  if (!parsed.success) throw new AppError("not_found", "No such course, day or step.");
  return parsed.data;
}

export async function idParam(params: Promise<Record<string, string>>, name: string): Promise<string> {
  const value = (await params)[name];
  if (!value || !z.uuid().safeParse(value).success) throw new AppError("not_found", "Not found.");
  return value;
}

export type TRouteContext = { params: Promise<Record<string, string>> };
