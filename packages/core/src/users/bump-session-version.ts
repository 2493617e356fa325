import { can, type TActor } from "@gafus/auth/policy";
import { Prisma, type TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

/** Why every session of a user ended; kept in the audit row. */
export type TSessionEndReason = "sign_out_everywhere" | "password_changed" | "role_changed" | "blocked";

type TClient = TDb | Prisma.TransactionClient;

/** Joins the caller's transaction when there is one (a role change commits with its sessions' end), else opens one. */
function inTransaction<T>(db: TClient, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(work) : work(db);
}

/**
 * Ends every session of a user at once, in every app that verifies the cookie: the cookie carries the version it
 * was issued under, and verification only accepts the user's current one. The open rows are marked revoked too, so
 * a list of sessions tells the truth; `keepSessionId` leaves one open (its cookie must then be signed again at the
 * returned version, as a password change does). The user themself or a user manager may do this; role change and
 * blocking call it with their reason.
 */
export async function bumpSessionVersion({
  db,
  actor,
  userId,
  reason,
  ip,
  keepSessionId,
}: {
  db: TClient;
  actor: TActor;
  userId: string;
  reason: TSessionEndReason;
  ip?: string;
  keepSessionId?: string;
}): Promise<{ sessionVersion: number }> {
  if (!can(actor, "profile:update", { ownerId: userId }) && !can(actor, "users:manage"))
    throw new AppError("forbidden", "You cannot end this user's sessions.");
  return inTransaction(db, async (tx) => {
    const user = await tx.user
      .update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } })
      .catch((error: unknown) => {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
          throw new AppError("not_found", "No such user.");
        throw error;
      });
    const revoked = await tx.userSession.updateMany({
      where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
      data: { revokedAt: new Date() },
    });
    await tx.auditLog.create({
      data: {
        action: "auth.sessions_revoked",
        actorId: actor.id,
        subject: userId,
        ip,
        data: { reason, revoked: revoked.count, sessionVersion: user.sessionVersion },
      },
    });
    return user;
  });
}
