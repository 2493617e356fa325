import { Writable } from "node:stream";
import { encodeSessionToken, SESSION_COOKIE } from "@gafus/auth";
import { createLogger } from "@gafus/logger";
import type * as TPrismaModule from "@gafus/prisma";
import type { TDb } from "@gafus/prisma";
import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as courses from "./courses";
import * as diary from "./diary";
import * as me from "./me";
import * as notifications from "./notifications";
import * as pets from "./pets";
import * as push from "./push";
import * as reminders from "./reminders";
import * as training from "./training";

// The route files are called as Next would call them. The shared Vitest config has no "@/" alias (each app means
// its own src/ by it), so the aliases these files import are mapped here; "server-only" only guards client bundles.
vi.mock("server-only", () => ({}));
vi.mock("@/server/api", () => import("../server/api"));
vi.mock("@/server/locale-cookie", () => import("../server/locale-cookie"));
vi.mock("@/contract/courses", () => import("./courses"));
vi.mock("@/contract/diary", () => import("./diary"));
vi.mock("@/contract/locale", () => import("./locale"));
vi.mock("@/contract/me", () => import("./me"));
vi.mock("@/contract/media", () => import("./media"));
vi.mock("@/contract/notifications", () => import("./notifications"));
vi.mock("@/contract/pets", () => import("./pets"));
vi.mock("@/contract/push", () => import("./push"));
vi.mock("@/contract/reminders", () => import("./reminders"));
vi.mock("@/contract/training", () => import("./training"));
// Routes (and the session lookup) use the process's client; here that is this file's own test database. The inbox
// bus (Redis pub/sub for other tabs' badges) is not what these tests are about.
const deps = vi.hoisted(() => ({ db: undefined as TDb | undefined, published: [] as string[] }));
vi.mock("@gafus/prisma", async (importOriginal) => ({
  ...(await importOriginal<typeof TPrismaModule>()),
  getDb: () => deps.db,
}));
vi.mock("../server/deps", () => ({
  logger: createLogger("test", new Writable({ write: (_c, _e, done) => done() })),
  getInboxBus: () => ({ publish: async (userId: string) => void deps.published.push(userId) }),
}));
vi.mock("@/server/deps", () => import("../server/deps"));

const catalogRoute = await import("../../app/api/v1/courses/route");
const courseRoute = await import("../../app/api/v1/courses/[slug]/route");
const enrollRoute = await import("../../app/api/v1/courses/[slug]/enrollment/route");
const favoriteRoute = await import("../../app/api/v1/courses/[slug]/favorite/route");
const reviewRoute = await import("../../app/api/v1/courses/[slug]/review/route");
const courseDiaryRoute = await import("../../app/api/v1/courses/[slug]/diary/route");
const dayRoute = await import("../../app/api/v1/courses/[slug]/days/[day]/route");
const timerRoute = await import("../../app/api/v1/courses/[slug]/days/[day]/steps/[step]/timer/route");
const completeRoute = await import("../../app/api/v1/courses/[slug]/days/[day]/steps/[step]/complete/route");
const examRoute = await import("../../app/api/v1/courses/[slug]/days/[day]/steps/[step]/exam/route");
const stepDiaryRoute = await import("../../app/api/v1/courses/[slug]/days/[day]/steps/[step]/diary/route");
const petsRoute = await import("../../app/api/v1/pets/route");
const petRoute = await import("../../app/api/v1/pets/[id]/route");
const preventionRoute = await import("../../app/api/v1/pets/[id]/prevention/route");
const achievementsRoute = await import("../../app/api/v1/me/achievements/route");
const notesRoute = await import("../../app/api/v1/me/notes/route");
const recommendationsRoute = await import("../../app/api/v1/me/recommendations/route");
const remindersRoute = await import("../../app/api/v1/me/reminders/route");
const reminderRoute = await import("../../app/api/v1/me/reminders/[id]/route");
const settingsRoute = await import("../../app/api/v1/me/notification-settings/route");
const pushRoute = await import("../../app/api/v1/me/push-subscriptions/route");
const notificationsRoute = await import("../../app/api/v1/notifications/route");
const readRoute = await import("../../app/api/v1/notifications/read/route");
const localeRoute = await import("../../app/api/v1/locale/route");
const masterRoute = await import("../../app/media/[assetId]/master.m3u8/route");
const segmentRoute = await import("../../app/media/[assetId]/[rendition]/[segment]/route");

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  deps.db = t.db;
});
afterAll(() => t.drop());

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type TCall = { cookie?: string; method?: string; search?: string; params?: Record<string, string>; body?: unknown };

const cookieFor = async (userId: string) =>
  `${SESSION_COOKIE}=${encodeURIComponent(await encodeSessionToken({ db: t.db, userId }))}`;

/** One request to a route handler, the way Next hands it over (the path's params beside the request). */
function call(handler: THandler, { cookie = "", method = "GET", search = "", params = {}, body }: TCall = {}) {
  const init: RequestInit = { method, headers: { cookie, "content-type": "application/json" } };
  if (body !== undefined) init.body = JSON.stringify(body);
  return handler(new Request(`http://web.test/api/v1/x${search}`, init), { params: Promise.resolve(params) });
}

/**
 * The answer's JSON as the client reads it (the JSON round trip is the response itself), checked against what the
 * operation declares: parsing must succeed and keep every field, so an undeclared field fails as a missing one does.
 */
async function answer<T>(response: Response, status: number, schema: { parse: (data: unknown) => T }): Promise<T> {
  const json: unknown = await response.json();
  expect(response.status, JSON.stringify(json)).toBe(status);
  const parsed = schema.parse(json);
  expect(parsed).toEqual(json);
  return parsed;
}

async function expectError(response: Response, status: number, error: string) {
  expect(response.status).toBe(status);
  expect(await response.json()).toMatchObject({ error, code: status, message: expect.any(String) });
}

describe("web API routes answer what their operations declare", () => {
  it("catalog, course page, pets, enrolment, review and favourite", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const { slug } = await makeCourse(t.db, trainer.id);
    const student = await makeUser(t.db, { name: "Ann" });
    const cookie = await cookieFor(student.id);

    const anonymous = await answer(
      await call(catalogRoute.GET, { search: "?sort=rating" }),
      200,
      courses.listCoursesOp.response,
    );
    expect(anonymous.courses.map((c) => c.slug)).toContain(slug);
    await expectError(await call(catalogRoute.GET, { search: "?sort=sideways" }), 400, "validation_failed");

    const { pet } = await answer(
      await call(petsRoute.POST, { cookie, method: "POST", body: { name: "Rex", birthDate: "2024-03-01" } }),
      201,
      pets.createPetOp.response,
    );
    await answer(
      await call(preventionRoute.POST, {
        cookie,
        method: "POST",
        params: { id: pet.id },
        body: { kind: "VACCINATION", title: "Rabies", date: "2026-01-10", nextDueAt: "2027-01-10" },
      }),
      201,
      pets.addPreventionEntryOp.response,
    );
    const listed = await answer(await call(petsRoute.GET, { cookie }), 200, pets.listPetsOp.response);
    expect(listed.pets[0]).toMatchObject({ name: "Rex", prevention: [{ title: "Rabies" }] });
    await answer(
      await call(petRoute.PATCH, { cookie, method: "PATCH", params: { id: pet.id }, body: { breed: "Collie" } }),
      200,
      pets.updatePetOp.response,
    );
    await expectError(
      await call(petRoute.PATCH, { cookie, method: "PATCH", params: { id: "nope" }, body: {} }),
      404,
      "not_found",
    );

    const { enrollment } = await answer(
      await call(enrollRoute.POST, { cookie, method: "POST", params: { slug }, body: { petId: pet.id } }),
      201,
      courses.enrollOp.response,
    );
    expect(enrollment.petId).toBe(pet.id);
    await answer(
      await call(reviewRoute.PUT, { cookie, method: "PUT", params: { slug }, body: { rating: 5, text: "Good" } }),
      200,
      courses.saveReviewOp.response,
    );
    await answer(
      await call(favoriteRoute.PUT, { cookie, method: "PUT", params: { slug }, body: { favorite: true } }),
      200,
      courses.setFavoriteOp.response,
    );
    const page = await answer(
      await call(courseRoute.GET, { cookie, params: { slug } }),
      200,
      courses.getCourseOp.response,
    );
    expect(page.course).toMatchObject({ isFavorite: true, enrollment: { pet: { name: "Rex" }, progress: 0 } });
    expect(page.course.reviews[0]).toMatchObject({ rating: 5, isMine: true });
    await expectError(await call(courseRoute.GET, { params: { slug: "Not A Slug" } }), 404, "not_found");
  });

  it("a day's steps: timer, completion, exam and diary", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const { slug } = await makeCourse(t.db, trainer.id);
    const student = await makeUser(t.db);
    const cookie = await cookieFor(student.id);
    const step = (day: number, n: number) => ({ slug, day: String(day), step: String(n) });

    await expectError(await call(dayRoute.GET, { cookie, params: { slug, day: "1" } }), 403, "not_enrolled");
    await call(enrollRoute.POST, { cookie, method: "POST", params: { slug }, body: {} });
    const day1 = await answer(
      await call(dayRoute.GET, { cookie, params: { slug, day: "1" } }),
      200,
      training.getTrainingDayOp.response,
    );
    expect(day1.day.steps[0]?.timer).toMatchObject({ durationSec: 5, isRunning: false });
    await expectError(await call(dayRoute.GET, { cookie, params: { slug, day: "abc" } }), 404, "not_found");

    const started = await answer(
      await call(timerRoute.POST, { cookie, method: "POST", params: step(1, 1), body: { action: "start" } }),
      200,
      training.controlTimerOp.response,
    );
    expect(started).toMatchObject({ status: "IN_PROGRESS", timer: { isRunning: true } });
    await expectError(
      await call(completeRoute.POST, { cookie, method: "POST", params: step(1, 1) }),
      409,
      "step_not_ready",
    );
    // The 5 s timer ran out long ago.
    await t.db.userStep.updateMany({
      where: { userId: student.id },
      data: { runningSince: new Date(Date.now() - 60_000) },
    });
    await answer(
      await call(completeRoute.POST, { cookie, method: "POST", params: step(1, 2) }),
      200,
      training.completeStepOp.response,
    );
    const done = await answer(
      await call(completeRoute.POST, { cookie, method: "POST", params: step(1, 1) }),
      200,
      training.completeStepOp.response,
    );
    expect(done).toEqual({ dayCompleted: true, courseCompleted: false });

    const { exam } = await answer(
      await call(examRoute.POST, {
        cookie,
        method: "POST",
        params: step(2, 1),
        body: { answers: { q1: ["a"] }, writtenAnswer: "He sat." },
      }),
      201,
      training.submitExamOp.response,
    );
    expect(exam).toMatchObject({ status: "PENDING", score: 1, maxScore: 1 });
    const day2 = await answer(
      await call(dayRoute.GET, { cookie, params: { slug, day: "2" } }),
      200,
      training.getTrainingDayOp.response,
    );
    expect(day2.day.steps[0]?.exam).toMatchObject({ latest: { id: exam.id, status: "PENDING" } });

    await answer(
      await call(stepDiaryRoute.POST, { cookie, method: "POST", params: step(2, 2), body: { content: "A good day" } }),
      201,
      diary.writeDiaryEntryOp.response,
    );
    const { entries } = await answer(
      await call(courseDiaryRoute.GET, { cookie, params: { slug } }),
      200,
      diary.listDiaryEntriesOp.response,
    );
    expect(entries).toMatchObject([{ content: "A good day", dayOnCourse: { order: 2 } }]);
    await answer(await call(achievementsRoute.GET, { cookie }), 200, me.getAchievementsOp.response);
  });

  it("the student's own things: notes, recommendations, reminders, notifications, push and settings", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id);
    const student = await makeUser(t.db);
    const cookie = await cookieFor(student.id);
    await t.db.trainerNote.create({
      data: {
        authorId: trainer.id,
        studentId: student.id,
        courseId: course.id,
        content: "Well done",
        visibleToStudent: true,
      },
    });
    await t.db.recommendation.create({
      data: { userId: student.id, courseId: course.id, score: 0.5, reason: JSON.stringify({ kind: "popular" }) },
    });
    const note = await t.db.notification.create({
      data: { userId: student.id, kind: "badge_awarded", data: { badge: "first_step" } },
    });

    const { notes } = await answer(await call(notesRoute.GET, { cookie }), 200, me.listMyNotesOp.response);
    expect(notes).toMatchObject([{ content: "Well done", author: { name: "Test User" } }]);
    const recommended = await answer(
      await call(recommendationsRoute.GET, { cookie }),
      200,
      me.listRecommendationsOp.response,
    );
    expect(recommended.courses).toMatchObject([{ id: course.id, reason: { kind: "popular" } }]);

    // A reminder may name a course the student is on (the recommended one they are not).
    const enrolled = await makeCourse(t.db, trainer.id);
    await call(enrollRoute.POST, { cookie, method: "POST", params: { slug: enrolled.slug }, body: {} });
    const input = { title: "Walk", daysOfWeek: [1, 3], time: "19:00", courseId: enrolled.id };
    const { reminder } = await answer(
      await call(remindersRoute.POST, { cookie, method: "POST", body: input }),
      201,
      reminders.createReminderOp.response,
    );
    await answer(
      await call(reminderRoute.PUT, {
        cookie,
        method: "PUT",
        params: { id: reminder.id },
        body: { ...input, time: "07:30" },
      }),
      200,
      reminders.updateReminderOp.response,
    );
    const listed = await answer(await call(remindersRoute.GET, { cookie }), 200, reminders.listRemindersOp.response);
    expect(listed.reminders).toMatchObject([{ time: "07:30", course: { id: enrolled.id } }]);
    const removed = await call(reminderRoute.DELETE, { cookie, method: "DELETE", params: { id: reminder.id } });
    expect([removed.status, await removed.text()]).toEqual([204, ""]);

    const inbox = await answer(
      await call(notificationsRoute.GET, { cookie }),
      200,
      notifications.listNotificationsOp.response,
    );
    expect(inbox).toMatchObject({ unread: 1, items: [{ id: note.id, data: { badge: "first_step" }, readAt: null }] });
    await answer(
      await call(readRoute.POST, { cookie, method: "POST", body: {} }),
      200,
      notifications.markNotificationsReadOp.response,
    );
    expect(deps.published).toContain(student.id);

    const settings = {
      disabledChannels: ["TELEGRAM"],
      mutedKinds: ["reminder"],
      quietStart: "22:00",
      quietEnd: "07:00",
    };
    const saved = await answer(
      await call(settingsRoute.PUT, { cookie, method: "PUT", body: settings }),
      200,
      push.updateNotificationSettingsOp.response,
    );
    expect(saved.settings).toEqual(settings);
    await answer(await call(settingsRoute.GET, { cookie }), 200, push.getNotificationSettingsOp.response);

    const endpoint = "https://push.example.test/send/abc";
    const subscription = { endpoint, keys: { p256dh: "B".repeat(87), auth: "a".repeat(22) }, expirationTime: null };
    await answer(
      await call(pushRoute.POST, { cookie, method: "POST", body: subscription }),
      201,
      push.savePushSubscriptionOp.response,
    );
    const browsers = await answer(await call(pushRoute.GET, { cookie }), 200, push.listPushSubscriptionsOp.response);
    expect(browsers.subscriptions).toHaveLength(1);
    expect((await call(pushRoute.DELETE, { cookie, method: "DELETE", body: { endpoint } })).status).toBe(204);
    await expectError(await call(pushRoute.DELETE, { cookie, method: "DELETE", body: { endpoint } }), 404, "not_found");

    // Every one of these needs a session.
    for (const handler of [notesRoute.GET, remindersRoute.GET, notificationsRoute.GET, pushRoute.GET, petsRoute.GET]) {
      await expectError(await call(handler), 401, "unauthorized");
    }
  });

  it("the language switch answers 303 with its cookie and saves the choice of a signed-in user", async () => {
    const student = await makeUser(t.db);
    const form = new URLSearchParams({ locale: "en", next: "/courses" });
    const request = new Request("http://web.test/api/v1/locale", {
      method: "POST",
      headers: { cookie: await cookieFor(student.id), "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    const response = await localeRoute.POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/courses");
    expect(response.headers.get("set-cookie")).toMatch(/=en; Path=\//);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: student.id } })).toMatchObject({ locale: "en" });

    const bad = new Request("http://web.test/api/v1/locale", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ locale: "de" }),
    });
    await expectError(await localeRoute.POST(bad, { params: Promise.resolve({}) }), 400, "validation_failed");
  });

  it("/media/ refuses in the error format: unknown or unentitled video 404, a bad signature 403", async () => {
    const assetId = "00000000-0000-4000-8000-000000000000";
    await expectError(await call(masterRoute.GET, { params: { assetId } }), 404, "not_found");
    await expectError(await call(masterRoute.GET, { params: { assetId: "x" } }), 404, "not_found");
    const segment = { assetId, rendition: "360p", segment: "seg_0000.ts" };
    const exp = String(Math.floor(Date.now() / 1000) + 600);
    for (const search of [`?exp=${exp}&sig=forged`, "", `?exp=${exp}&exp=${exp}&sig=a&sig=b`]) {
      await expectError(await call(segmentRoute.GET, { params: segment, search }), 403, "forbidden");
    }
    await expectError(await call(segmentRoute.GET, { params: { ...segment, segment: "x.m3u8" } }), 404, "not_found");
  });
});
