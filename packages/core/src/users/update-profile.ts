import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import type { TProfile, TProfileUpdate } from "./schemas";

/** Changes a user's own name, locale or time zone. Nobody edits another user's profile through this. */
export async function updateProfile({
  db,
  actor,
  userId,
  changes,
}: {
  db: TDb;
  actor: TActor;
  userId: string;
  changes: TProfileUpdate;
}): Promise<TProfile> {
  if (!can(actor, "profile:update", { ownerId: userId })) {
    throw new AppError("forbidden", "You can only change your own profile.");
  }
  return db.user.update({
    where: { id: userId },
    data: changes,
    select: { id: true, email: true, name: true, role: true, locale: true, timezone: true },
  });
}
