import { describe, expect, it } from "vitest";
import { can } from "./policy";

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
});
