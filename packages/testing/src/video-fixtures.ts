import type { TDb } from "@gafus/prisma";

/**
 * Puts a video on the first step of a course's first day, as the step editor's video select does (that editor is
 * built separately; tests and the end-to-end journey attach videos with this).
 */
export async function attachVideoToCourse(db: TDb, courseId: string, assetId: string): Promise<string> {
  const placement = await db.dayOnCourse.findFirstOrThrow({
    where: { courseId },
    orderBy: { order: "asc" },
    select: { day: { select: { steps: { orderBy: { order: "asc" }, take: 1, select: { stepId: true } } } } },
  });
  const stepId = placement.day.steps[0]?.stepId;
  if (!stepId) throw new Error("the course's first day has no step");
  await db.step.update({ where: { id: stepId }, data: { videoAssetId: assetId } });
  return stepId;
}
