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
  | "reengagement:metrics"
  // Added so that core never compares roles itself. An action ending in "-any" is asked without a resource: it
  // answers "on everyone's, or only on my own?" for a query's scope (core filters by the actor's id when false).
  | "exam:review-any"
  | "course:edit-any"
  | "course:unpublish-any"
  | "course:view-unpublished"
  | "course:view-private"
  | "course:view-private-any"
  | "course:insights-any"
  | "media:watch"
  | "report:read"
  | "ai:draft-course-text"
  | "template:delete-builtin"
  | "student:view-any"
  | "note:read-any";

type TRule = (actor: TActor, resource?: { ownerId?: string }) => boolean;

const anyOf =
  (...roles: TRole[]): TRule =>
  (actor) =>
    roles.includes(actor.role);

const either =
  (...rules: TRule[]): TRule =>
  (actor, resource) =>
    rules.some((rule) => rule(actor, resource));

const self: TRule = (actor, resource) => resource?.ownerId === actor.id;
const admin = anyOf("ADMIN");
const staff = anyOf("ADMIN", "MODERATOR");
const ownAsTrainer: TRule = (actor, resource) => actor.role === "TRAINER" && self(actor, resource);

const RULES: Record<TAction, TRule> = {
  "app:trainer-panel": anyOf("TRAINER", "MODERATOR", "ADMIN"),
  "app:error-dashboard": admin,
  "app:queues": admin,
  "profile:read": either(self, admin),
  "profile:update": self,
  "users:manage": admin,
  // A course's author reviews its exams; an admin may review any. Moderators moderate content, not grades.
  "exam:review-any": admin,
  "exam:review": either(admin, ownAsTrainer),
  // Authoring: a trainer writes (and owns) content, an admin edits anyone's; a moderator may only take a course down.
  "course:create": anyOf("TRAINER", "ADMIN"),
  "course:edit-any": admin,
  "course:edit": either(admin, ownAsTrainer),
  "course:unpublish-any": staff,
  "course:unpublish": either(staff, ownAsTrainer),
  "course:list-all": staff,
  // Seeing a course: its author (whatever their role) sees it as a draft; an admin opens anyone's draft. Staff see
  // every published private course; a student needs the course's access list, which core checks.
  "course:view-unpublished": either(admin, self),
  "course:view-private-any": staff,
  "course:view-private": either(staff, self),
  // Trainers upload and manage their own videos (no resource = creating one); an admin may manage any.
  "media:manage": (actor, resource) =>
    admin(actor) || (actor.role === "TRAINER" && (!resource || self(actor, resource))),
  // Watching a video: its owner or an admin; anyone else through a course using it, which core checks.
  "media:watch": either(admin, self),
  // Statistics, progress exports and reports of a course: its author, or an admin for any course.
  "course:insights-any": admin,
  "course:insights": either(admin, ownAsTrainer),
  // A report is read by whoever asked for it, or an admin.
  "report:read": either(admin, self),
  // The AI text assistant drafts for the author of the course or step (an admin: any); the panel gate comes first.
  "ai:draft-course-text": either(admin, self),
  // Built-in templates (no author) belong to the platform: only an admin removes one.
  "template:delete-builtin": admin,
  // Notes about students: trainers and admins write them; whose students they are is checked in core, where an
  // admin counts every enrolled student as theirs and reads every trainer's notes.
  "note:write": anyOf("TRAINER", "ADMIN"),
  "student:view-any": admin,
  "note:read-any": admin,
  "reengagement:metrics": admin,
};

/** The platform's one permission policy. A missing actor (signed out) may do nothing listed here. */
export function can(actor: TActor | null | undefined, action: TAction, resource?: { ownerId?: string }): boolean {
  if (!actor) return false;
  return RULES[action](actor, resource);
}
