import "server-only";
import { can } from "@gafus/auth";
import { AppError } from "@gafus/core";
import { z } from "zod";
import { requireApiUser } from "@/server/api";

/** The signed-in panel user (401 when signed out, 403 for a student); finer checks happen in @gafus/core. */
export async function requirePanelUser(request: Request) {
  const user = await requireApiUser(request);
  if (!can(user, "app:trainer-panel")) throw new AppError("forbidden", "Only trainers, moderators and admins.");
  return user;
}

export type TRouteContext = { params: Promise<Record<string, string>> };

/** A path id that is not a uuid names nothing: 404, like an unknown one. */
export async function idParam(context: TRouteContext, name = "id"): Promise<string> {
  const value = (await context.params)[name];
  if (!value || !z.uuid().safeParse(value).success) throw new AppError("not_found", "Not found.");
  return value;
}
