import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { Locale, Role } from "../../generated/prisma/enums";

type TUserInput = {
  email: string;
  name: string;
  passwordHash: string;
  role?: Role;
  locale?: Locale;
  timezone?: string;
};

const select = { id: true, email: true, name: true, role: true, locale: true, timezone: true } as const;
export type TFactoryUser = Prisma.UserGetPayload<{ select: typeof select }>;

/** Inserts a user; fails on a taken email (tests want to know). */
export function createUser(db: PrismaClient, input: TUserInput): Promise<TFactoryUser> {
  return db.user.create({ data: { role: "USER", ...input }, select });
}

/** Creates the user once and never overwrites it: re-running the demo seed keeps whatever users changed. */
export function ensureUser(db: PrismaClient, input: TUserInput): Promise<TFactoryUser> {
  return db.user.upsert({ where: { email: input.email }, create: { role: "USER", ...input }, update: {}, select });
}
