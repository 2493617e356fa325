import type { Prisma, TDb } from "@gafus/prisma";

// Enough to tell one's devices apart later; a longer header is cut, never refused.
const USER_AGENT_MAX = 300;

/**
 * Records a new sign-in as a UserSession row, whose id the session cookie carries. Only this row is revoked when
 * that cookie signs out, so the user's other devices stay signed in.
 */
export async function startUserSession(
  db: TDb | Prisma.TransactionClient,
  { userId, userAgent, ip }: { userId: string; userAgent?: string; ip?: string },
): Promise<{ sessionId: string }> {
  const row = await db.userSession.create({
    data: { userId, userAgent: userAgent?.slice(0, USER_AGENT_MAX) || null, ip: ip ?? null },
    select: { id: true },
  });
  return { sessionId: row.id };
}
