export { createPrismaClient, getDb } from "./client";
export type { TDb } from "./client";
export { Prisma } from "../generated/prisma/client";
export type { User, AuditLog, OutboxEvent } from "../generated/prisma/client";
export { Role, Locale } from "../generated/prisma/enums";
export type { Role as TRole, Locale as TLocale } from "../generated/prisma/enums";
