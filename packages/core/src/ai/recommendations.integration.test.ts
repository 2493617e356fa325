import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollInCourse } from "../training/enroll-in-course";
import { listRecommendations } from "./list-recommendations";
import { refreshAllRecommendations } from "./refresh-all-recommendations";
import { refreshRecommendations } from "./refresh-recommendations";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const course = (authorId: string, title: string, description: string, extra: Record<string, unknown> = {}) =>
  makeCourse(t.db, authorId, { title, shortDescription: title, description, ...extra });

describe("built-in recommender", () => {
  it("ranks similar content first, then courses taken together; never enrolled, private or unpublished ones", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const basics = await course(trainer.id, "Loose leash walking", "Stop pulling on the leash during walks");
    const advanced = await course(trainer.id, "Leash walking in the city", "Leash manners, pulling, crossings");
    const social = await course(trainer.id, "Puppy socialisation", "Meeting people and other puppies");
    await course(trainer.id, "Cat scratching post", "Teach a kitten to use the post");
    const secret = await course(trainer.id, "Private leash pulling clinic", "Leash pulling", { visibility: "PRIVATE" });
    const draft = await course(trainer.id, "Leash pulling draft", "Leash pulling walking", { isPublished: false });
    const student = await makeUser(t.db);
    await enrollInCourse({ db: t.db, viewer: student, slug: basics.slug });
    // Three other students of the leash course also took socialisation.
    for (let i = 0; i < 3; i++) {
      const peer = await makeUser(t.db);
      await enrollInCourse({ db: t.db, viewer: peer, slug: basics.slug });
      await enrollInCourse({ db: t.db, viewer: peer, slug: social.slug });
    }

    const ranked = await refreshRecommendations({ db: t.db, userId: student.id });
    const ids = ranked.map((r) => r.courseId);
    expect(ids.slice(0, 2)).toEqual([advanced.id, social.id]);
    expect(ranked[0]!.reason).toEqual({ kind: "similar", title: "Loose leash walking" });
    expect(ranked[1]!.reason).toEqual({ kind: "together", title: "Loose leash walking" });
    for (const hidden of [basics.id, secret.id, draft.id]) expect(ids).not.toContain(hidden);

    const shown = await listRecommendations({ db: t.db, viewer: student });
    expect(shown[0]).toMatchObject({ slug: advanced.slug, reason: { kind: "similar" } });
    // Enrolling hides the course at once, before any refresh.
    await enrollInCourse({ db: t.db, viewer: student, slug: advanced.slug });
    expect((await listRecommendations({ db: t.db, viewer: student })).map((c) => c.id)).not.toContain(advanced.id);
    // A refresh replaces the rows (no duplicates, no stale entries).
    await refreshRecommendations({ db: t.db, userId: student.id });
    const rows = await t.db.recommendation.findMany({ where: { userId: student.id } });
    expect(rows.map((r) => r.courseId)).not.toContain(advanced.id);
    expect(new Set(rows.map((r) => r.courseId)).size).toBe(rows.length);
  });

  it("recommends popular courses to a student with no enrolments in the daily pass", async () => {
    const newcomer = await makeUser(t.db);
    const result = await refreshAllRecommendations({ db: t.db });
    expect(result.users).toBeGreaterThanOrEqual(1);
    const shown = await listRecommendations({ db: t.db, viewer: newcomer });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]).toMatchObject({ title: "Loose leash walking", reason: { kind: "popular" } });
  });
});
