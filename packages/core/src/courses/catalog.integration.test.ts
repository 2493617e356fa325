import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollInCourse } from "../training/enroll-in-course";
import { listCatalog, ZCatalogQuery } from "./list-catalog";
import { saveReview } from "./save-review";
import { setFavorite } from "./set-favorite";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const q = (query: Record<string, string> = {}) => ZCatalogQuery.parse(query);

describe("catalog", () => {
  it("searches, filters, sorts and marks favourites and progress for the viewer", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db);
    const walk = await makeCourse(t.db, trainer.id, { title: "Loose leash walking", level: "INTERMEDIATE" });
    const sit = await makeCourse(t.db, trainer.id, { title: "Puppy sit", description: "Sitting for puppies" });
    const hidden = await makeCourse(t.db, trainer.id, { title: "Private agility", visibility: "PRIVATE" });
    await makeCourse(t.db, trainer.id, { title: "Draft course", isPublished: false });

    const anonymous = await listCatalog({ db: t.db, viewer: null, query: q() });
    expect(anonymous.map((c) => c.title).sort()).toEqual(["Loose leash walking", "Puppy sit"]);

    expect((await listCatalog({ db: t.db, viewer: student, query: q({ q: "PUPPIES" }) })).map((c) => c.slug)).toEqual([
      sit.slug,
    ]);
    expect(
      (await listCatalog({ db: t.db, viewer: student, query: q({ level: "INTERMEDIATE" }) })).map((c) => c.slug),
    ).toEqual([walk.slug]);
    expect((await listCatalog({ db: t.db, viewer: student, query: q({ sort: "name" }) })).map((c) => c.title)).toEqual([
      "Loose leash walking",
      "Puppy sit",
    ]);

    await t.db.courseAccess.create({ data: { courseId: hidden.id, userId: student.id } });
    expect(
      (await listCatalog({ db: t.db, viewer: student, query: q({ access: "private" }) })).map((c) => c.slug),
    ).toEqual([hidden.slug]);

    await setFavorite({ db: t.db, viewer: student, slug: walk.slug, favorite: true });
    await setFavorite({ db: t.db, viewer: student, slug: walk.slug, favorite: true });
    const favorites = await listCatalog({ db: t.db, viewer: student, query: q({ favorites: "true" }) });
    expect(favorites.map((c) => [c.slug, c.isFavorite])).toEqual([[walk.slug, true]]);

    await enrollInCourse({ db: t.db, viewer: student, slug: sit.slug });
    const byProgress = await listCatalog({ db: t.db, viewer: student, query: q({ sort: "progress" }) });
    expect(byProgress[0]).toMatchObject({ slug: sit.slug, isEnrolled: true, progress: 0 });
  });

  it("keeps one editable review per enrolled student and sorts by rating", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const a = await makeCourse(t.db, trainer.id, { title: "Rated A" });
    const b = await makeCourse(t.db, trainer.id, { title: "Rated B" });
    const student = await makeUser(t.db);
    await expect(
      saveReview({ db: t.db, viewer: student, slug: a.slug, input: { rating: 5, text: "" } }),
    ).rejects.toMatchObject({ error: "not_enrolled" });
    for (const course of [a, b]) await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
    await saveReview({ db: t.db, viewer: student, slug: a.slug, input: { rating: 2, text: "meh" } });
    await saveReview({ db: t.db, viewer: student, slug: a.slug, input: { rating: 3, text: "better" } });
    await saveReview({ db: t.db, viewer: student, slug: b.slug, input: { rating: 5, text: "great" } });
    expect(await t.db.courseReview.count({ where: { userId: student.id } })).toBe(2);
    const rated = (await listCatalog({ db: t.db, viewer: student, query: q({ sort: "rating", q: "Rated" }) })).map(
      (c) => [c.title, c.rating.average],
    );
    expect(rated).toEqual([
      ["Rated B", 5],
      ["Rated A", 3],
    ]);
  });
});
