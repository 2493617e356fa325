import { describe, expect, it } from "vitest";
import type { TRole } from "@gafus/prisma";
import { can, ROLES, type TAction } from "./policy";

const user = (role: "USER" | "TRAINER" | "MODERATOR" | "ADMIN", id = "u1") => ({ id, role });

describe("permission policy", () => {
  it("lets trainers, moderators and admins into the trainer panel, not students", () => {
    expect(can(user("USER"), "app:trainer-panel")).toBe(false);
    expect(can(user("TRAINER"), "app:trainer-panel")).toBe(true);
    expect(can(user("MODERATOR"), "app:trainer-panel")).toBe(true);
    expect(can(user("ADMIN"), "app:trainer-panel")).toBe(true);
  });

  it("keeps the error dashboard and queues for admins", () => {
    for (const action of ["app:error-dashboard", "app:queues"] as const) {
      expect(can(user("TRAINER"), action)).toBe(false);
      expect(can(user("MODERATOR"), action)).toBe(false);
      expect(can(user("ADMIN"), action)).toBe(true);
    }
  });

  it("lets a user update only their own profile, even an admin", () => {
    expect(can(user("USER", "a"), "profile:update", { ownerId: "a" })).toBe(true);
    expect(can(user("USER", "a"), "profile:update", { ownerId: "b" })).toBe(false);
    expect(can(user("ADMIN", "a"), "profile:update", { ownerId: "b" })).toBe(false);
  });

  it("lets a course's author or an admin review its exams, nobody else", () => {
    const course = { ownerId: "author" };
    expect(can(user("TRAINER", "author"), "exam:review", course)).toBe(true);
    expect(can(user("TRAINER", "someone"), "exam:review", course)).toBe(false);
    expect(can(user("MODERATOR", "author"), "exam:review", course)).toBe(false);
    expect(can(user("USER", "author"), "exam:review", course)).toBe(false);
    expect(can(user("ADMIN", "x"), "exam:review", course)).toBe(true);
  });

  it("lets a trainer edit only their own courses, an admin any, a moderator only unpublish", () => {
    const course = { ownerId: "author" };
    expect(can(user("TRAINER", "author"), "course:edit", course)).toBe(true);
    expect(can(user("TRAINER", "other"), "course:edit", course)).toBe(false);
    expect(can(user("ADMIN", "x"), "course:edit", course)).toBe(true);
    expect(can(user("MODERATOR", "x"), "course:edit", course)).toBe(false);
    expect(can(user("MODERATOR", "x"), "course:create")).toBe(false);
    expect(can(user("MODERATOR", "x"), "course:unpublish", course)).toBe(true);
    expect(can(user("TRAINER", "other"), "course:unpublish", course)).toBe(false);
    expect(can(user("USER", "author"), "course:unpublish", course)).toBe(false);
    expect(can(user("USER", "author"), "course:edit", course)).toBe(false);
  });

  it("refuses everything to a signed-out visitor", () => {
    expect(can(null, "profile:read", { ownerId: "a" })).toBe(false);
    expect(can(undefined, "app:trainer-panel")).toBe(false);
  });

  // Every action for every role, on the actor's own resource, on someone else's, and asked with no resource (a
  // query's scope, or creating). A new action without a row here does not compile.
  type TWho = { own: readonly TRole[]; other: readonly TRole[]; none: readonly TRole[] };
  const ALL = ROLES;
  const PANEL = ["TRAINER", "MODERATOR", "ADMIN"] as const;
  const STAFF = ["MODERATOR", "ADMIN"] as const;
  const WRITERS = ["TRAINER", "ADMIN"] as const;
  const ADMIN = ["ADMIN"] as const;
  const same = (roles: readonly TRole[]): TWho => ({ own: roles, other: roles, none: roles });
  const TABLE: Record<TAction, TWho> = {
    "app:trainer-panel": same(PANEL),
    "app:error-dashboard": same(ADMIN),
    "app:queues": same(ADMIN),
    "profile:read": { own: ALL, other: ADMIN, none: ADMIN },
    "profile:update": { own: ALL, other: [], none: [] },
    "users:manage": same(ADMIN),
    "exam:review": { own: WRITERS, other: ADMIN, none: ADMIN },
    "exam:review-any": same(ADMIN),
    "course:create": same(WRITERS),
    "course:edit": { own: WRITERS, other: ADMIN, none: ADMIN },
    "course:edit-any": same(ADMIN),
    "course:unpublish": { own: ["TRAINER", "MODERATOR", "ADMIN"], other: STAFF, none: STAFF },
    "course:unpublish-any": same(STAFF),
    "course:list-all": same(STAFF),
    "course:view-unpublished": { own: ALL, other: ADMIN, none: ADMIN },
    "course:view-private": { own: ALL, other: STAFF, none: STAFF },
    "course:view-private-any": same(STAFF),
    "media:manage": { own: WRITERS, other: ADMIN, none: WRITERS },
    "media:watch": { own: ALL, other: ADMIN, none: ADMIN },
    "course:insights": { own: WRITERS, other: ADMIN, none: ADMIN },
    "course:insights-any": same(ADMIN),
    "report:read": { own: ALL, other: ADMIN, none: ADMIN },
    "ai:draft-course-text": { own: ALL, other: ADMIN, none: ADMIN },
    "template:delete-builtin": same(ADMIN),
    "note:write": same(WRITERS),
    "student:view-any": same(ADMIN),
    "note:read-any": same(ADMIN),
    "reengagement:metrics": same(ADMIN),
  };
  const cases = Object.entries(TABLE).flatMap(([action, who]) =>
    ROLES.flatMap((role) => [
      { action, role, on: "own", resource: { ownerId: "me" }, allowed: who.own.includes(role) },
      { action, role, on: "other", resource: { ownerId: "someone-else" }, allowed: who.other.includes(role) },
      { action, role, on: "none", resource: undefined, allowed: who.none.includes(role) },
    ]),
  );

  it.each(cases)("$action as $role on $on: $allowed", ({ action, role, resource, allowed }) => {
    expect(can(user(role, "me"), action as TAction, resource)).toBe(allowed);
    expect(can(null, action as TAction, resource)).toBe(false);
  });
});
