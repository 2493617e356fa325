import type { TRole } from "@gafus/prisma";

export const ROLES = ["USER", "TRAINER", "MODERATOR", "ADMIN"] as const satisfies readonly TRole[];

export type TActor = { id: string; role: TRole };

/**
 * Everything a user may ask for, named once. Later capabilities add actions here, and every app asks `can()`,
 * so the answer to "who may do this" lives in one place.
 */
export type TAction =
  | "app:trainer-panel"
  | "app:error-dashboard"
  | "app:queues"
  | "profile:read"
  | "profile:update"
  | "users:manage"
  | "exam:review"
  | "course:create"
  | "course:edit"
  | "course:unpublish"
  | "course:list-all"
  | "media:manage"
  | "course:insights"
  | "note:write"
  | "reengagement:metrics";

type TRule = (actor: TActor, resource?: { ownerId?: string }) => boolean;

const anyOf =
  (...roles: TRole[]): TRule =>
  (actor) =>
    roles.includes(actor.role);

const self: TRule = (actor, resource) => resource?.ownerId === actor.id;

const RULES: Record<TAction, TRule> = {
  "app:trainer-panel": anyOf("TRAINER", "MODERATOR", "ADMIN"),
  "app:error-dashboard": anyOf("ADMIN"),
  "app:queues": anyOf("ADMIN"),
  "profile:read": (actor, resource) => self(actor, resource) || actor.role === "ADMIN",
  "profile:update": self,
  "users:manage": anyOf("ADMIN"),
  // A course's author reviews its exams; an admin may review any. Moderators moderate content, not grades.
  "exam:review": (actor, resource) => actor.role === "ADMIN" || (actor.role === "TRAINER" && self(actor, resource)),
  // Authoring: a trainer writes (and owns) content, an admin edits anyone's; a moderator may only take a course down.
  "course:create": anyOf("TRAINER", "ADMIN"),
  "course:edit": (actor, resource) => actor.role === "ADMIN" || (actor.role === "TRAINER" && self(actor, resource)),
  "course:unpublish": (actor, resource) =>
    actor.role === "ADMIN" || actor.role === "MODERATOR" || (actor.role === "TRAINER" && self(actor, resource)),
  "course:list-all": anyOf("ADMIN", "MODERATOR"),
  // Trainers upload and manage their own videos (no resource = creating one); an admin may manage any.
  "media:manage": (actor, resource) =>
    actor.role === "ADMIN" || (actor.role === "TRAINER" && (!resource || self(actor, resource))),
  // Statistics, progress exports and reports of a course: its author, or an admin for any course.
  "course:insights": (actor, resource) => actor.role === "ADMIN" || (actor.role === "TRAINER" && self(actor, resource)),
  // Notes about students: trainers and admins write them; whose students they are is checked in core.
  "note:write": anyOf("TRAINER", "ADMIN"),
  "reengagement:metrics": anyOf("ADMIN"),
};

/** The platform's one permission policy. A missing actor (signed out) may do nothing listed here. */
export function can(actor: TActor | null | undefined, action: TAction, resource?: { ownerId?: string }): boolean {
  if (!actor) return false;
  return RULES[action](actor, resource);
}
