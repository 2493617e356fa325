import type { TSessionClaims } from "@gafus/auth";
import type { TDb } from "@gafus/prisma";

/**
 * Sign-out: ends the one session the cookie names, so that the same cookie, replayed, is no session anywhere; the
 * user's other devices stay signed in. Holding the (verified) cookie is the authorisation. True when it was open.
 */
export async function revokeCurrentSession({
  db,
  session,
  ip,
}: {
  db: TDb;
  session: Pick<TSessionClaims, "userId" | "sessionId">;
  ip?: string;
}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id: session.sessionId, userId: session.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await tx.auditLog.create({
      data: {
        action: "auth.sign_out",
        actorId: session.userId,
        subject: session.userId,
        ip,
        success: count > 0,
        data: { sessionId: session.sessionId },
      },
    });
    return count > 0;
  });
}
