import type { TDb } from "@gafus/prisma";

/** The courses a student may tie a reminder to: the ones they are enrolled in. */
export async function listReminderCourses({ db, userId }: { db: TDb; userId: string }) {
  const rows = await db.enrollment.findMany({
    where: { userId },
    select: { course: { select: { id: true, title: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => r.course);
}
