import { encodeSessionToken, SESSION_COOKIE } from "@gafus/auth";
import { enrollInCourse, requestAiDraft, requestReport } from "@gafus/core";
import type * as prisma from "@gafus/prisma";
import type { TDb } from "@gafus/prisma";
import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as ai from "./ai";
import * as courses from "./courses";
import * as days from "./days";
import * as notes from "./notes";
import * as reports from "./reports";
import * as stats from "./stats";
import * as steps from "./steps";
import * as templates from "./templates";
import * as videos from "./videos";

// The route files are called as Next would call them. The shared Vitest config has no "@/" alias (each app means
// its own src/ by it), so the aliases these files import are mapped here; "server-only" only guards client bundles.
vi.mock("server-only", () => ({}));
vi.mock("@/server/api", () => import("../server/api"));
vi.mock("@/modules/videos/server", () => import("../modules/videos/server"));
vi.mock("@/contract/ai", () => import("./ai"));
vi.mock("@/contract/courses", () => import("./courses"));
vi.mock("@/contract/days", () => import("./days"));
vi.mock("@/contract/notes", () => import("./notes"));
vi.mock("@/contract/reports", () => import("./reports"));
vi.mock("@/contract/stats", () => import("./stats"));
vi.mock("@/contract/steps", () => import("./steps"));
vi.mock("@/contract/templates", () => import("./templates"));
vi.mock("@/contract/videos", () => import("./videos"));
// Routes (and the session lookup) use the process's client; here that is this file's own test database.
const testDb = vi.hoisted(() => ({ current: undefined as TDb | undefined }));
vi.mock("@gafus/prisma", async (importOriginal) => ({
  ...(await importOriginal<typeof prisma>()),
  getDb: () => testDb.current,
}));

const aiRoute = await import("../../app/api/ai/requests/[id]/route");
const coursesRoute = await import("../../app/api/courses/route");
const courseRoute = await import("../../app/api/courses/[id]/route");
const courseDaysRoute = await import("../../app/api/courses/[id]/days/route");
const dayOrderRoute = await import("../../app/api/courses/[id]/days/order/route");
const publishRoute = await import("../../app/api/courses/[id]/publish/route");
const dayStepsRoute = await import("../../app/api/days/[id]/steps/route");
const stepRoute = await import("../../app/api/steps/[id]/route");
const stepTemplateRoute = await import("../../app/api/steps/[id]/template/route");
const templatesRoute = await import("../../app/api/templates/route");
const notesRoute = await import("../../app/api/notes/route");
const noteRoute = await import("../../app/api/notes/[id]/route");
const reportsRoute = await import("../../app/api/reports/route");
const reportRoute = await import("../../app/api/reports/[id]/route");
const reportRetryRoute = await import("../../app/api/reports/[id]/retry/route");
const statsCoursesRoute = await import("../../app/api/stats/courses/route");
const statsCourseRoute = await import("../../app/api/stats/courses/[id]/route");
const videosRoute = await import("../../app/api/videos/route");

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  testDb.current = t.db;
});
afterAll(() => t.drop());

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const cookieFor = async (userId: string) =>
  `${SESSION_COOKIE}=${encodeURIComponent(await encodeSessionToken({ db: t.db, userId }))}`;

/** One request to a route handler, the way Next hands it over (the path's params beside the request). */
function call(handler: THandler, { cookie, method = "GET", search = "", params = {}, body }: TCall): Promise<Response> {
  const init: RequestInit = { method, headers: { cookie, "content-type": "application/json" } };
  if (body !== undefined) init.body = JSON.stringify(body);
  return handler(new Request(`http://panel.test/trainer/api/x${search}`, init), { params: Promise.resolve(params) });
}
type TCall = { cookie: string; method?: string; search?: string; params?: Record<string, string>; body?: unknown };

/** The answer's JSON as the client reads it, checked against what the operation declares. */
async function answer<T>(response: Response, status: number, schema: { parse: (data: unknown) => T }): Promise<T> {
  const json: unknown = await response.json();
  expect(response.status, JSON.stringify(json)).toBe(status);
  return schema.parse(json);
}

describe("trainer panel routes", () => {
  it("refuse a student on routes that once skipped the panel's gate, and change nothing", async () => {
    // A trainer who asked for reports and drafts, then became a student: their old objects open no side door.
    const former = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, former.id);
    const report = await requestReport({
      db: t.db,
      actor: former,
      request: { type: "COURSE_PROGRESS_CSV", courseId: course.id },
    });
    await t.db.report.update({ where: { id: report.id }, data: { status: "FAILED", error: "worker died" } });
    const draft = await requestAiDraft({
      db: t.db,
      actor: former,
      request: { kind: "COURSE_TEXT", subjectId: course.id, prompt: "Sit" },
      isConfigured: true,
    });
    await t.db.user.update({ where: { id: former.id }, data: { role: "USER" } });
    const cookie = await cookieFor(former.id);
    const events = await t.db.outboxEvent.count();

    const refusals = [
      await call(reportRoute.GET, { cookie, params: { id: report.id } }),
      await call(reportRetryRoute.POST, { cookie, method: "POST", params: { id: report.id } }),
      await call(reportsRoute.GET, { cookie }),
      await call(aiRoute.GET, { cookie, params: { id: draft.id } }),
      await call(statsCoursesRoute.GET, { cookie }),
      await call(videosRoute.GET, { cookie }),
      await call(notesRoute.GET, { cookie, search: `?studentId=${former.id}` }),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: "forbidden", code: 403 });
    }
    expect(await t.db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "FAILED" });
    expect(await t.db.outboxEvent.count()).toBe(events);

    // Signed out is still 401, and the same objects open for a trainer who asked for them.
    expect((await call(reportRoute.GET, { cookie: "", params: { id: report.id } })).status).toBe(401);
    await t.db.user.update({ where: { id: former.id }, data: { role: "TRAINER" } });
    const again = await cookieFor(former.id);
    expect((await call(reportRoute.GET, { cookie: again, params: { id: report.id } })).status).toBe(200);
  });

  it("answer authoring calls with the bodies their operations declare", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const cookie = await cookieFor(trainer.id);
    const { course } = await answer(
      await call(coursesRoute.POST, { cookie, method: "POST", body: { title: "Leash walking" } }),
      201,
      courses.createCourseOp.response,
    );
    const id = course.id;
    await answer(
      await call(courseRoute.PATCH, { cookie, method: "PATCH", params: { id }, body: { visibility: "PRIVATE" } }),
      200,
      courses.updateCourseOp.response,
    );
    const added = [];
    for (const title of ["First", "Second"]) {
      const created = await call(courseDaysRoute.POST, { cookie, method: "POST", params: { id }, body: { title } });
      added.push((await answer(created, 201, courses.addCourseDayOp.response)).day);
    }
    const ids = added.map((day) => day.placementId).reverse();
    const order = await call(dayOrderRoute.PUT, { cookie, method: "PUT", params: { id }, body: { ids } });
    expect(await answer(order, 200, courses.reorderCourseDaysOp.response)).toEqual({ ids });

    const step = { title: "Read", type: "THEORY", content: "Why a marker" };
    for (const day of added) {
      const response = await call(dayStepsRoute.POST, {
        cookie,
        method: "POST",
        params: { id: day.dayId },
        body: step,
      });
      const { step: placed } = await answer(response, 201, days.addDayStepOp.response);
      const changed = { ...step, title: "Read twice" };
      const patch = { cookie, method: "PATCH", params: { id: placed.stepId }, body: changed };
      expect(await answer(await call(stepRoute.PATCH, patch), 200, steps.updateStepOp.response)).toMatchObject({
        step: { title: "Read twice", type: "THEORY" },
      });
    }
    const first = await t.db.stepOnDay.findFirstOrThrow({ where: { dayId: added[0]!.dayId } });
    await answer(
      await call(stepTemplateRoute.POST, {
        cookie,
        method: "POST",
        params: { id: first.stepId },
        body: { category: "Theory" },
      }),
      201,
      steps.saveStepAsTemplateOp.response,
    );
    // An empty category filters nothing (the template page's "all" link), as before.
    const listed = await answer(
      await call(templatesRoute.GET, { cookie, search: "?category=" }),
      200,
      templates.listStepTemplatesOp.response,
    );
    expect(listed.templates).toContainEqual(expect.objectContaining({ category: "Theory", isBuiltIn: false }));
    expect(
      await answer(
        await call(publishRoute.POST, { cookie, method: "POST", params: { id } }),
        200,
        courses.publishCourseOp.response,
      ),
    ).toEqual({ course: { id, isPublished: true } });
  });

  it("answer insight calls (statistics, notes, reports, drafts, videos) with their declared bodies", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const student = await makeUser(t.db, { name: "Rex's owner" });
    const course = await makeCourse(t.db, trainer.id);
    await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
    const cookie = await cookieFor(trainer.id);

    const listedCourses = await answer(
      await call(statsCoursesRoute.GET, { cookie }),
      200,
      stats.listStatsCoursesOp.response,
    );
    expect(listedCourses.courses).toEqual([expect.objectContaining({ id: course.id, enrolments: 1 })]);
    const courseStats = await answer(
      await call(statsCourseRoute.GET, { cookie, params: { id: course.id } }),
      200,
      stats.getCourseStatsOp.response,
    );
    expect(courseStats.funnel).toHaveLength(3);

    const noteBody = { studentId: student.id, courseId: course.id, content: "Pulls on the leash", tags: ["leash"] };
    const note = await answer(
      await call(notesRoute.POST, { cookie, method: "POST", body: noteBody }),
      201,
      notes.createNoteOp.response,
    );
    await answer(
      await call(noteRoute.PATCH, {
        cookie,
        method: "PATCH",
        params: { id: note.id },
        body: { visibleToStudent: true },
      }),
      200,
      notes.updateNoteOp.response,
    );
    // An empty tag filters nothing, as the notes page's "all tags" link always sent it.
    const listed = await answer(
      await call(notesRoute.GET, { cookie, search: `?studentId=${student.id}&tag=` }),
      200,
      notes.listStudentNotesOp.response,
    );
    expect(listed.notes).toEqual([expect.objectContaining({ id: note.id, visibleToStudent: true })]);
    const deleted = await call(noteRoute.DELETE, { cookie, method: "DELETE", params: { id: note.id } });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");

    const reportBody = { type: "COURSE_SUMMARY_PDF", courseId: course.id };
    const report = await answer(
      await call(reportsRoute.POST, { cookie, method: "POST", body: reportBody }),
      202,
      reports.requestReportOp.response,
    );
    await answer(await call(reportsRoute.GET, { cookie }), 200, reports.listReportsOp.response);
    const one = await call(reportRoute.GET, { cookie, params: { id: report.id } });
    const shown = await one.clone().json();
    await answer(one, 200, reports.getReportOp.response);
    expect(shown).not.toHaveProperty("fileKey");
    expect(shown).not.toHaveProperty("requesterId");

    // The POST needs AI_BASE_URL; the draft's status route is the one the panel polls.
    const draft = await requestAiDraft({
      db: t.db,
      actor: trainer,
      request: { kind: "COURSE_TEXT", subjectId: course.id, prompt: "Sit" },
      isConfigured: true,
    });
    ai.requestAiDraftOp.response.parse(JSON.parse(JSON.stringify(draft)));
    await answer(await call(aiRoute.GET, { cookie, params: { id: draft.id } }), 200, ai.getAiRequestOp.response);

    await t.db.mediaAsset.create({
      data: {
        ownerId: trainer.id,
        title: "Heel",
        originalName: "heel.mp4",
        contentType: "video/mp4",
        sizeBytes: BigInt(1000),
        sourceKey: `media/${trainer.id}/heel`,
        status: "FAILED",
        errorCode: "interrupted",
      },
    });
    const { videos: listedVideos } = await answer(
      await call(videosRoute.GET, { cookie }),
      200,
      videos.listVideosOp.response,
    );
    expect(listedVideos).toEqual([
      expect.objectContaining({ title: "Heel", canRetry: true, errorCode: "interrupted" }),
    ]);
  });

  it("answer 404 for a malformed id and 400 with the field for a bad query", async () => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const cookie = await cookieFor(trainer.id);
    const malformed = await call(reportRoute.GET, { cookie, params: { id: "../etc" } });
    expect(malformed.status).toBe(404);
    expect(await malformed.json()).toMatchObject({ error: "not_found", code: 404 });
    const bad = await call(notesRoute.GET, { cookie, search: "?studentId=nobody" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).details.issues).toEqual([expect.objectContaining({ field: "studentId" })]);
  });
});
