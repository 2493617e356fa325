import { checkPassword, hashPassword } from "@gafus/auth/password";
import { Prisma, type TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { appendOutboxEvent } from "../events/outbox";
import { passwordProblemError } from "./password-messages";
import type { TProfile, TRegisterInput } from "./schemas";

/** Creates a student account; the account, its audit row and `user.account.registered.v1` commit together. */
export async function registerUser({
  db,
  input,
  ip,
}: {
  db: TDb;
  input: TRegisterInput;
  ip?: string;
}): Promise<TProfile> {
  const problem = checkPassword(input.password, { email: input.email });
  if (problem) throw passwordProblemError(problem, "password");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          locale: input.locale ?? "ru",
          timezone: input.timezone ?? "Europe/Moscow",
        },
        select: { id: true, email: true, name: true, role: true, locale: true, timezone: true },
      });
      await tx.auditLog.create({ data: { action: "auth.register", actorId: user.id, subject: user.email, ip } });
      await appendOutboxEvent(tx, {
        eventType: "user.account.registered.v1",
        aggregateType: "user",
        aggregateId: user.id,
        actorId: user.id,
        data: { userId: user.id, locale: user.locale },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("email_taken", "An account with this email already exists.", {
        fields: { email: ["An account with this email already exists."] },
      });
    }
    throw error;
  }
}
