import type { TActor } from "@gafus/auth";
import { ensureBuiltInStepTemplates } from "@gafus/prisma/factories";
import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as authoring from "./index";
import { ZDayInput, ZStepInput } from "./schemas";

/**
 * Every authoring use case that acts on someone's course, day, step or template, called by the wrong people:
 * another trainer gets the same 404 as for a missing id (ids cannot be probed), a student 403, a moderator 403
 * (a moderator may only unpublish), and nothing in the database changes. The last test fails when a new use case
 * is exported without a row here.
 */

let t: TTestDatabase;
let owner: TActor;
let other: TActor;
let student: TActor;
let moderator: TActor;
let w: Awaited<ReturnType<typeof buildWorld>>;

const actorOf = (user: { id: string; role: TActor["role"] }): TActor => ({ id: user.id, role: user.role });

/** The owner's content (a draft ready to publish, a live course, library day and step, a template), and another's. */
async function buildWorld() {
  const draft = await makeCourse(t.db, owner.id, { isPublished: false, visibility: "PRIVATE" });
  const live = await makeCourse(t.db, owner.id);
  const mine = await makeCourse(t.db, other.id, { isPublished: false });
  const dayPlacements = await t.db.dayOnCourse.findMany({
    where: { courseId: draft.id },
    orderBy: { order: "asc" },
    select: { id: true, dayId: true },
  });
  const day = dayPlacements[0]!;
  const stepPlacements = await t.db.stepOnDay.findMany({
    where: { dayId: day.dayId },
    orderBy: { order: "asc" },
    select: { id: true, stepId: true },
  });
  const libraryDay = await authoring.addNewDay({
    db: t.db,
    actor: owner,
    courseId: live.id,
    input: ZDayInput.parse({ title: "Library day" }),
  });
  const libraryStep = await authoring.addNewStep({
    db: t.db,
    actor: owner,
    dayId: libraryDay.dayId,
    input: ZStepInput.parse({ title: "Library step", type: "THEORY", content: "x" }),
  });
  const template = await authoring.saveStepAsTemplate({
    db: t.db,
    actor: owner,
    stepId: stepPlacements[0]!.stepId,
    input: { category: "Private" },
  });
  const builtIn = await t.db.stepTemplate.findFirstOrThrow({ where: { authorId: null }, select: { id: true } });
  const listed = await makeUser(t.db);
  const newcomer = await makeUser(t.db);
  await t.db.courseAccess.create({ data: { courseId: draft.id, userId: listed.id } });
  const otherDay = (await t.db.dayOnCourse.findFirstOrThrow({ where: { courseId: mine.id }, select: { dayId: true } }))
    .dayId;
  return {
    draft,
    live,
    mine,
    dayPlacements,
    day,
    stepPlacements,
    libraryDay,
    libraryStep,
    template,
    builtIn,
    listed,
    newcomer,
    otherDay,
  };
}

/** Everything authoring can change, in a stable order: compared before and after each refused call. */
const snapshot = async () => ({
  courses: await t.db.course.findMany({ orderBy: { id: "asc" } }),
  days: await t.db.trainingDay.findMany({ orderBy: { id: "asc" } }),
  steps: await t.db.step.findMany({ orderBy: { id: "asc" } }),
  dayPlacements: await t.db.dayOnCourse.findMany({ orderBy: { id: "asc" } }),
  stepPlacements: await t.db.stepOnDay.findMany({ orderBy: { id: "asc" } }),
  access: await t.db.courseAccess.findMany({ orderBy: [{ courseId: "asc" }, { userId: "asc" }] }),
  templates: await t.db.stepTemplate.findMany({ orderBy: { id: "asc" } }),
  outbox: await t.db.outboxEvent.count(),
});

type TCase = {
  /** The exported use case, as named in ./index. */
  useCase: keyof typeof authoring;
  what: string;
  call: (actor: TActor) => Promise<unknown>;
  /** Only unpublish is open to a moderator. */
  moderatorMay?: boolean;
  /** False where the owner is refused too (the target container is not theirs, or the template is built in). */
  ownerMay?: false;
};

const db = () => t.db;
const CASES: TCase[] = [
  {
    useCase: "getCourseForEditing",
    what: "open a course's editor",
    call: (actor) => authoring.getCourseForEditing({ db: db(), actor, courseId: w.draft.id }),
  },
  {
    useCase: "getCoursePreview",
    what: "preview a course",
    call: (actor) =>
      authoring.getCoursePreview({ db: db(), actor, courseId: w.draft.id, names: { student: "S", petFallback: "P" } }),
  },
  {
    useCase: "updateCourse",
    what: "rename a course",
    call: (actor) => authoring.updateCourse({ db: db(), actor, courseId: w.draft.id, input: { title: "Hijacked" } }),
  },
  {
    useCase: "publishCourse",
    what: "publish a draft",
    call: (actor) => authoring.publishCourse({ db: db(), actor, courseId: w.draft.id }),
  },
  {
    useCase: "unpublishCourse",
    what: "unpublish a live course",
    call: (actor) => authoring.unpublishCourse({ db: db(), actor, courseId: w.live.id }),
    moderatorMay: true,
  },
  {
    useCase: "grantCourseAccess",
    what: "let a student into a private course",
    call: (actor) => authoring.grantCourseAccess({ db: db(), actor, courseId: w.draft.id, email: w.newcomer.email }),
  },
  {
    useCase: "revokeCourseAccess",
    what: "take a student off the access list",
    call: (actor) => authoring.revokeCourseAccess({ db: db(), actor, courseId: w.draft.id, userId: w.listed.id }),
  },
  {
    useCase: "reorderCourseDays",
    what: "reorder a course's days",
    call: (actor) =>
      authoring.reorderCourseDays({
        db: db(),
        actor,
        courseId: w.draft.id,
        ids: w.dayPlacements.map((p) => p.id).reverse(),
      }),
  },
  {
    useCase: "addNewDay",
    what: "add a day to a course",
    call: (actor) =>
      authoring.addNewDay({ db: db(), actor, courseId: w.draft.id, input: ZDayInput.parse({ title: "Injected" }) }),
  },
  {
    useCase: "updateDay",
    what: "change a day",
    call: (actor) =>
      authoring.updateDay({ db: db(), actor, dayId: w.day.dayId, input: ZDayInput.parse({ title: "Hijacked" }) }),
  },
  {
    useCase: "removeDayFromCourse",
    what: "remove a day from a course",
    call: (actor) => authoring.removeDayFromCourse({ db: db(), actor, courseId: w.draft.id, placementId: w.day.id }),
  },
  {
    useCase: "reuseDay",
    what: "put a library day into the owner's course",
    call: (actor) => authoring.reuseDay({ db: db(), actor, courseId: w.draft.id, dayId: w.libraryDay.dayId }),
  },
  {
    useCase: "reuseDay",
    what: "take the owner's day into one's own course",
    call: (actor) => authoring.reuseDay({ db: db(), actor, courseId: w.mine.id, dayId: w.libraryDay.dayId }),
    ownerMay: false,
  },
  {
    useCase: "listDayLibrary",
    what: "list the day library of a course",
    call: (actor) => authoring.listDayLibrary({ db: db(), actor, courseId: w.draft.id }),
  },
  {
    useCase: "getDayForEditing",
    what: "open a day's editor",
    call: (actor) => authoring.getDayForEditing({ db: db(), actor, dayId: w.day.dayId }),
  },
  {
    useCase: "reorderDaySteps",
    what: "reorder a day's steps",
    call: (actor) =>
      authoring.reorderDaySteps({
        db: db(),
        actor,
        dayId: w.day.dayId,
        ids: w.stepPlacements.map((p) => p.id).reverse(),
      }),
  },
  {
    useCase: "addNewStep",
    what: "add a step to a day",
    call: (actor) =>
      authoring.addNewStep({
        db: db(),
        actor,
        dayId: w.day.dayId,
        input: ZStepInput.parse({ title: "Injected", type: "THEORY", content: "x" }),
      }),
  },
  {
    useCase: "updateStep",
    what: "change a step",
    call: (actor) =>
      authoring.updateStep({
        db: db(),
        actor,
        stepId: w.stepPlacements[0]!.stepId,
        input: ZStepInput.parse({ title: "Hijacked", type: "THEORY", content: "x" }),
      }),
  },
  {
    useCase: "removeStepFromDay",
    what: "remove a step from a day",
    call: (actor) =>
      authoring.removeStepFromDay({ db: db(), actor, dayId: w.day.dayId, placementId: w.stepPlacements[0]!.id }),
  },
  {
    useCase: "reuseStep",
    what: "put a library step into the owner's day",
    call: (actor) => authoring.reuseStep({ db: db(), actor, dayId: w.day.dayId, stepId: w.libraryStep.stepId }),
  },
  {
    useCase: "reuseStep",
    what: "take the owner's step into one's own day",
    call: (actor) => authoring.reuseStep({ db: db(), actor, dayId: w.otherDay, stepId: w.libraryStep.stepId }),
    ownerMay: false,
  },
  {
    useCase: "listStepLibrary",
    what: "list the step library of a day",
    call: (actor) => authoring.listStepLibrary({ db: db(), actor, dayId: w.day.dayId }),
  },
  {
    useCase: "getStepForEditing",
    what: "open a step's editor",
    call: (actor) => authoring.getStepForEditing({ db: db(), actor, stepId: w.stepPlacements[0]!.stepId }),
  },
  {
    useCase: "addStepFromTemplate",
    what: "add a built-in template to the owner's day",
    call: (actor) => authoring.addStepFromTemplate({ db: db(), actor, dayId: w.day.dayId, templateId: w.builtIn.id }),
  },
  {
    useCase: "addStepFromTemplate",
    what: "use the owner's private template in one's own day",
    call: (actor) => authoring.addStepFromTemplate({ db: db(), actor, dayId: w.otherDay, templateId: w.template.id }),
    ownerMay: false,
  },
  {
    useCase: "saveStepAsTemplate",
    what: "save the owner's step as a template",
    call: (actor) =>
      authoring.saveStepAsTemplate({
        db: db(),
        actor,
        stepId: w.stepPlacements[0]!.stepId,
        input: { category: "Stolen" },
      }),
  },
  {
    useCase: "deleteStepTemplate",
    what: "delete the owner's template",
    call: (actor) => authoring.deleteStepTemplate({ db: db(), actor, templateId: w.template.id }),
  },
  {
    useCase: "deleteStepTemplate",
    what: "delete a built-in template",
    call: (actor) => authoring.deleteStepTemplate({ db: db(), actor, templateId: w.builtIn.id }),
    ownerMay: false,
  },
];

/** Use cases that act on no one's object: the role alone decides (a student and a moderator are refused). */
const ROLE_ONLY: Partial<Record<keyof typeof authoring, (actor: TActor) => Promise<unknown>>> = {
  createCourse: (actor) => authoring.createCourse({ db: db(), actor, input: { title: "Not mine to make" } }),
  listStepTemplates: (actor) => authoring.listStepTemplates({ db: db(), actor }),
};

/** Exports outside this test, and why. */
const NOT_APPLICABLE: Partial<Record<keyof typeof authoring, string>> = {
  slugify: "a pure text helper",
  listAuthoredCourses: "lists the actor's own courses (a moderator's and an admin's: all); tested in course-authoring",
  listReadyVideos: "takes the owner id from a step the adapter already loaded for editing; no actor",
};

beforeAll(async () => {
  t = await createTestDatabase();
  await ensureBuiltInStepTemplates(t.db);
  [owner, other, student, moderator] = (
    await Promise.all([
      makeUser(t.db, { role: "TRAINER" }),
      makeUser(t.db, { role: "TRAINER" }),
      makeUser(t.db),
      makeUser(t.db, { role: "MODERATOR" }),
    ])
  ).map(actorOf) as [TActor, TActor, TActor, TActor];
  w = await buildWorld();
});
afterAll(() => t.drop());

const label = (c: TCase) => `${c.useCase}: ${c.what}`;

describe("authoring refusals", () => {
  it.each(CASES.map((c) => [label(c), c] as const))(
    "another trainer may not %s: 404, nothing changed",
    async (_, c) => {
      const before = await snapshot();
      await expect(c.call(other)).rejects.toMatchObject({ error: "not_found", status: 404 });
      expect(await snapshot()).toEqual(before);
    },
  );

  it.each(CASES.map((c) => [label(c), c] as const))("a student may not %s: 403, nothing changed", async (_, c) => {
    const before = await snapshot();
    await expect(c.call(student)).rejects.toMatchObject({ error: "forbidden", status: 403 });
    expect(await snapshot()).toEqual(before);
  });

  it.each(CASES.filter((c) => !c.moderatorMay).map((c) => [label(c), c] as const))(
    "a moderator may not %s: 403, nothing changed",
    async (_, c) => {
      const before = await snapshot();
      await expect(c.call(moderator)).rejects.toMatchObject({ error: "forbidden", status: 403 });
      expect(await snapshot()).toEqual(before);
    },
  );

  it.each(Object.entries(ROLE_ONLY))(
    "%s refuses a student and a moderator with 403, nothing changed",
    async (_, call) => {
      const before = await snapshot();
      await expect(call!(student)).rejects.toMatchObject({ error: "forbidden", status: 403 });
      await expect(call!(moderator)).rejects.toMatchObject({ error: "forbidden", status: 403 });
      expect(await snapshot()).toEqual(before);
    },
  );

  it("shows another trainer none of the owner's private templates", async () => {
    const { templates } = await authoring.listStepTemplates({ db: t.db, actor: other });
    expect(templates.map((x) => x.id)).not.toContain(w.template.id);
    expect(templates.map((x) => x.id)).toContain(w.builtIn.id);
  });

  it("covers every exported use case", () => {
    const useCases = Object.entries(authoring)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name)
      .sort();
    const covered = new Set([
      ...CASES.map((c) => c.useCase),
      ...Object.keys(ROLE_ONLY),
      ...Object.keys(NOT_APPLICABLE),
    ]);
    expect(useCases.filter((name) => !covered.has(name as keyof typeof authoring))).toEqual([]);
  });

  // Last, as it changes the data. The owner's calls succeeding shows the refusals above came from who asked, not
  // from a wrong id in the table.
  it("lets a moderator unpublish, and the owner do what the others could not", async () => {
    expect(await authoring.unpublishCourse({ db: t.db, actor: moderator, courseId: w.live.id })).toEqual({
      id: w.live.id,
      isPublished: false,
    });
    for (const c of CASES.filter((x) => x.ownerMay !== false)) {
      await expect(c.call(owner), label(c)).resolves.toBeDefined();
    }
  });
});
