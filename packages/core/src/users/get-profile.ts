import { can, type TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import type { TProfile } from "./schemas";

export async function getProfile({ db, actor, userId }: { db: TDb; actor: TActor; userId: string }): Promise<TProfile> {
  if (!can(actor, "profile:read", { ownerId: userId }))
    throw new AppError("forbidden", "You cannot read this profile.");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, locale: true, timezone: true },
  });
  if (!user) throw new AppError("not_found", "No such user.");
  return user;
}
