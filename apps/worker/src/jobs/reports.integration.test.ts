import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { testEnv } from "@gafus/config";
import { completeStep, enrollInCourse, getReportFile, requestReport, type TEventEnvelope } from "@gafus/core";
import { runReport } from "@gafus/core/jobs";
import { createLogger } from "@gafus/logger";
import {
  createTestBucket,
  createTestDatabase,
  makeCourse,
  makeUser,
  type TTestDatabase,
  readUntil,
} from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReportsJobs } from "./reports";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
let jobs: ReturnType<typeof startReportsJobs>;
const progress = new Map<string, number[]>();
const logger = createLogger("test", new Writable({ write: (_c, _e, done) => done() }));

beforeAll(async () => {
  t = await createTestDatabase();
  bucket = await createTestBucket();
  jobs = startReportsJobs({
    db: t.db,
    storage: bucket,
    logger,
    redisUrl: testEnv().TEST_REDIS_URL,
    prefix: `test:${randomUUID().slice(0, 8)}:bull`,
  });
  jobs.worker.on("progress", (job, value) => {
    const id = (job.data as { reportId: string }).reportId;
    progress.set(id, [...(progress.get(id) ?? []), Number(value)]);
  });
});
afterAll(async () => {
  await jobs.close();
  await bucket.cleanup();
  await t.drop();
});

/** The outbox row of a request, as the relay would hand it to the events worker. */
async function eventOf(reportId: string): Promise<TEventEnvelope> {
  const row = await t.db.outboxEvent.findFirstOrThrow({
    where: { aggregateId: reportId },
    orderBy: { createdAt: "desc" },
  });
  return {
    eventId: row.id,
    eventType: row.eventType,
    timestamp: row.createdAt.toISOString(),
    actorId: row.actorId,
    data: row.data as Record<string, unknown>,
    metadata: row.metadata as Record<string, unknown>,
  } as TEventEnvelope;
}

async function readBody(body: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function setup() {
  const trainer = await makeUser(t.db, { role: "TRAINER" });
  const course = await makeCourse(t.db, trainer.id, { title: "Щенок: первые шаги" });
  const student = await makeUser(t.db, { name: "Ольга" });
  await enrollInCourse({ db: t.db, viewer: student, slug: course.slug });
  await completeStep({ db: t.db, userId: student.id, slug: course.slug, dayNumber: 1, stepNumber: 2 });
  return { trainer, course, student };
}

describe("reports queue", () => {
  it("builds a summary PDF in S3 with progress, for the requester and admins only; redelivery changes nothing", async () => {
    const { trainer, course } = await setup();
    const report = await requestReport({
      db: t.db,
      actor: trainer,
      request: { type: "COURSE_SUMMARY_PDF", courseId: course.id },
    });
    expect(report.status).toBe("QUEUED");
    const event = await eventOf(report.id);
    await jobs.eventHandler.handle(event);
    await jobs.eventHandler.handle(event); // a redelivered event: same job id, no second run
    const done = await readUntil(
      () => t.db.report.findUniqueOrThrow({ where: { id: report.id } }),
      (r) => r.status === "READY" || r.status === "FAILED",
    );
    expect(done).toMatchObject({ status: "READY", progress: 100, error: null });
    expect(done.fileKey).toBe(`reports/${trainer.id}/${report.id}.pdf`);
    expect(done.fileName).toMatch(new RegExp(`^${course.slug}-summary-\\d{4}-\\d\\d-\\d\\d\\.pdf$`));
    const seen = progress.get(report.id) ?? [];
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(100);

    const file = await getReportFile({ db: t.db, storage: bucket, actor: trainer, reportId: report.id });
    const pdf = await readBody(file.body);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("DejaVuSans"); // the embedded font that carries the Cyrillic
    expect(file.contentType).toBe("application/pdf");

    const other = await makeUser(t.db, { role: "TRAINER" });
    const admin = await makeUser(t.db, { role: "ADMIN" });
    await expect(getReportFile({ db: t.db, storage: bucket, actor: other, reportId: report.id })).rejects.toMatchObject(
      {
        status: 404,
      },
    );
    expect((await getReportFile({ db: t.db, storage: bucket, actor: admin, reportId: report.id })).fileName).toBe(
      done.fileName,
    );
    expect(await runReport({ db: t.db, storage: bucket, reportId: report.id })).toEqual({
      status: "READY",
      skipped: true,
    });
    expect(await jobs.queue.getJobCounts("completed", "waiting", "active")).toEqual({
      completed: 1,
      waiting: 0,
      active: 0,
    });
  });

  it("writes the progress CSV with a BOM and the student's row", async () => {
    const { trainer, course, student } = await setup();
    const report = await requestReport({
      db: t.db,
      actor: trainer,
      request: { type: "COURSE_PROGRESS_CSV", courseId: course.id },
    });
    await expect(
      getReportFile({ db: t.db, storage: bucket, actor: trainer, reportId: report.id }),
    ).rejects.toMatchObject({
      status: 409,
    });
    await jobs.eventHandler.handle(await eventOf(report.id));
    await readUntil(
      () => t.db.report.findUniqueOrThrow({ where: { id: report.id } }),
      (r) => r.status === "READY",
    );
    const file = await getReportFile({ db: t.db, storage: bucket, actor: trainer, reportId: report.id });
    const text = (await readBody(file.body)).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`Ольга,${student.email},`);
  });

  it("refuses students and foreign courses, and shows the reason when a run cannot succeed", async () => {
    const { trainer, course, student } = await setup();
    const other = await makeUser(t.db, { role: "TRAINER" });
    const request = { type: "COURSE_SUMMARY_PDF" as const, courseId: course.id };
    await expect(requestReport({ db: t.db, actor: student, request })).rejects.toMatchObject({ status: 403 });
    await expect(requestReport({ db: t.db, actor: other, request })).rejects.toMatchObject({ status: 404 });

    // The trainer asks, then loses the course before the job runs: the report fails with a reason, no file.
    const report = await requestReport({ db: t.db, actor: trainer, request });
    await t.db.course.update({ where: { id: course.id }, data: { authorId: other.id } });
    await jobs.eventHandler.handle(await eventOf(report.id));
    const failed = await readUntil(
      () => t.db.report.findUniqueOrThrow({ where: { id: report.id } }),
      (r) => r.status === "FAILED",
    );
    expect(failed).toMatchObject({ error: "No such course.", fileKey: null });
  });
});
