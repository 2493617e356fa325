import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { bumpSessionVersion } from "./bump-session-version";

/** "Sign out everywhere": every session of the user ends, this one included. */
export async function revokeAllSessions({
  db,
  actor,
  userId,
  ip,
}: {
  db: TDb;
  actor: TActor;
  userId: string;
  ip?: string;
}): Promise<void> {
  await bumpSessionVersion({ db, actor, userId, reason: "sign_out_everywhere", ip });
}
