import type { TDb } from "@gafus/prisma";
import { loadCourseIndex } from "./load-course-index";
import { refreshRecommendations } from "./refresh-recommendations";

/**
 * The daily pass over every student (role USER), 200 at a time, reusing one course index. `onProgress` lets the
 * job report how far it got.
 */
export async function refreshAllRecommendations({
  db,
  onProgress,
}: {
  db: TDb;
  onProgress?: (done: number) => void | Promise<void>;
}) {
  const index = await loadCourseIndex(db);
  let after: string | undefined;
  let done = 0;
  for (;;) {
    const users = await db.user.findMany({
      where: { role: "USER", ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: 200,
      select: { id: true },
    });
    for (const user of users) await refreshRecommendations({ db, userId: user.id, index });
    done += users.length;
    await onProgress?.(done);
    if (users.length < 200) return { users: done };
    after = users[users.length - 1]!.id;
  }
}
