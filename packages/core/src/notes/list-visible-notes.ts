import type { TDb } from "@gafus/prisma";

/** Notes trainers chose to share with this student, newest first (what the student sees, nothing else). */
export function listVisibleNotes({ db, userId, courseId }: { db: TDb; userId: string; courseId?: string }) {
  return db.trainerNote.findMany({
    where: { studentId: userId, visibleToStudent: true, ...(courseId ? { courseId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      content: true,
      tags: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { name: true } },
      course: { select: { title: true, slug: true } },
    },
  });
}
