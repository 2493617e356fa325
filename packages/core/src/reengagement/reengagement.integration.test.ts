import { createPrismaClient } from "@gafus/prisma";
import { createTestDatabase, makeCourse, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateNotificationSettings } from "../notifications/update-notification-settings";
import { completeStep } from "../training/complete-step";
import { enrollInCourse } from "../training/enroll-in-course";
import { getReengagementMetrics } from "./get-reengagement-metrics";
import { runReengagement } from "./run-reengagement";

let t: TTestDatabase;
let courseSlug: string;
beforeAll(async () => {
  t = await createTestDatabase();
  const trainer = await makeUser(t.db, { role: "TRAINER" });
  courseSlug = (await makeCourse(t.db, trainer.id)).slug;
});
afterAll(() => t.drop());

const DAY = 24 * 3600_000;
const T0 = new Date("2026-06-01T10:00:00Z");
const day = (n: number) => new Date(T0.getTime() + n * DAY);

async function student({ enrolled = true, lastActiveAt = T0 } = {}) {
  const user = await makeUser(t.db);
  if (enrolled) {
    const pet = await t.db.pet.create({ data: { ownerId: user.id, name: "Rex" } });
    await enrollInCourse({ db: t.db, viewer: user, slug: courseSlug, petId: pet.id });
  }
  await t.db.user.update({ where: { id: user.id }, data: { lastActiveAt } });
  return user;
}

const levelsSent = async (userId: string) =>
  (await t.db.notification.findMany({ where: { userId, kind: "reengagement" }, orderBy: { createdAt: "asc" } })).map(
    (n) => (n.data as { level: number }).level,
  );

describe("re-engagement", () => {
  it("escalates at 5/12/20/30 days, once per level, even with two workers scanning daily", async () => {
    const s = await student();
    const second = createPrismaClient(t.url, 4);
    for (let d = 1; d <= 40; d++) {
      await Promise.all([runReengagement({ db: t.db, now: day(d) }), runReengagement({ db: second, now: day(d) })]);
      if (d === 4) expect(await levelsSent(s.id)).toEqual([]);
      if (d === 5) expect(await levelsSent(s.id)).toEqual([1]);
      if (d === 12) expect(await levelsSent(s.id)).toEqual([1, 2]);
    }
    await second.$disconnect();
    expect(await levelsSent(s.id)).toEqual([1, 2, 3, 4]);
    expect(await t.db.reengagementCampaign.findMany({ where: { userId: s.id } })).toEqual([
      expect.objectContaining({ status: "FINISHED", level: 4 }),
    ]);
  });

  it("skips to the level due after a gap, and leaves out the unenrolled, the long gone and the muted", async () => {
    const late = await student();
    const unenrolled = await student({ enrolled: false });
    const gone = await student({ lastActiveAt: day(-70) });
    const muted = await student();
    await updateNotificationSettings({
      db: t.db,
      userId: muted.id,
      input: { disabledChannels: [], mutedKinds: ["reengagement"], quietStart: null, quietEnd: null },
    });
    await runReengagement({ db: t.db, now: day(13) });
    expect(await levelsSent(late.id)).toEqual([2]);
    for (const u of [unenrolled, gone, muted]) expect(await levelsSent(u.id)).toEqual([]);
  });

  it("stops when the student trains again, counts them as returned, and starts over after a new absence", async () => {
    const s = await student();
    await runReengagement({ db: t.db, now: day(6) });
    expect(await levelsSent(s.id)).toEqual([1]);
    // Back on day 7: completing a step marks the campaign RETURNED.
    await completeStep({ db: t.db, userId: s.id, slug: courseSlug, dayNumber: 1, stepNumber: 2, now: day(7) });
    const [campaign] = await t.db.reengagementCampaign.findMany({ where: { userId: s.id } });
    expect(campaign).toMatchObject({ status: "RETURNED", returnedAt: day(7) });
    await runReengagement({ db: t.db, now: day(10) });
    expect(await levelsSent(s.id)).toEqual([1]);
    await runReengagement({ db: t.db, now: day(12) });
    expect(await levelsSent(s.id)).toEqual([1, 1]);
    expect(await t.db.reengagementCampaign.count({ where: { userId: s.id } })).toBe(2);
  });

  it("writes to each student only in their local daytime", async () => {
    const tokyo = await student();
    const angeles = await student();
    await t.db.user.update({ where: { id: tokyo.id }, data: { timezone: "Asia/Tokyo" } });
    await t.db.user.update({ where: { id: angeles.id }, data: { timezone: "America/Los_Angeles" } });
    // Day 5 at 10:00 UTC: 19:00 in Tokyo, 03:00 in Los Angeles. At 18:00 UTC it is 11:00 there.
    await runReengagement({ db: t.db, now: day(5) });
    expect(await levelsSent(tokyo.id)).toEqual([1]);
    expect(await levelsSent(angeles.id)).toEqual([]);
    await runReengagement({ db: t.db, now: new Date(day(5).getTime() + 8 * 3600_000) });
    expect(await levelsSent(angeles.id)).toEqual([1]);
    // Out of the metrics below, which count the students of the earlier tests.
    await t.db.reengagementCampaign.deleteMany({ where: { userId: { in: [tokyo.id, angeles.id] } } });
  });

  it("metrics: sent per level and the return rate, for admins only", async () => {
    const admin = await makeUser(t.db, { role: "ADMIN" });
    const metrics = await getReengagementMetrics({ db: t.db, actor: admin });
    // From the tests above: 1 student through all four levels, 1 at level 2, 2 at level 1 (one returned).
    expect(metrics.sentByLevel.map((l) => l.sent)).toEqual([3, 2, 1, 1]);
    expect(metrics).toMatchObject({ campaigns: 4, returned: 1, returnRate: 0.25 });
    for (const role of ["USER", "TRAINER", "MODERATOR"] as const) {
      const actor = await makeUser(t.db, { role });
      await expect(getReengagementMetrics({ db: t.db, actor })).rejects.toMatchObject({ status: 403 });
    }
  });
});
