import type { TDb } from "@gafus/prisma";

/** The student's own diary in one course, newest first (earlier entries stay visible on later days). */
export async function listDiaryEntries({ db, userId, slug }: { db: TDb; userId: string; slug: string }) {
  return db.diaryEntry.findMany({
    where: { userId, dayOnCourse: { course: { slug } } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      content: true,
      createdAt: true,
      dayOnCourse: { select: { order: true, day: { select: { title: true } } } },
    },
  });
}
