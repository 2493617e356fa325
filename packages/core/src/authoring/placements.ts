import type { Prisma } from "@gafus/prisma";
import { AppError } from "../errors/app-error";

type TTx = Prisma.TransactionClient;

/**
 * Orders 1..n in the given sequence without ever breaking the unique (parent, order) index: every row first moves
 * to its negative order (all distinct), then to its final place. Callers hold the parent's row lock.
 */
export async function renumberDays(tx: TTx, courseId: string, orderedIds: string[]) {
  await tx.dayOnCourse.updateMany({ where: { courseId }, data: { order: { multiply: -1 } } });
  for (const [index, id] of orderedIds.entries()) {
    await tx.dayOnCourse.update({ where: { id }, data: { order: index + 1 } });
  }
}

export async function renumberSteps(tx: TTx, dayId: string, orderedIds: string[]) {
  await tx.stepOnDay.updateMany({ where: { dayId }, data: { order: { multiply: -1 } } });
  for (const [index, id] of orderedIds.entries()) {
    await tx.stepOnDay.update({ where: { id }, data: { order: index + 1 } });
  }
}

/** The requested order must name exactly the current rows: a stale list (another tab changed it) is a 409. */
export function assertSameSet(current: string[], requested: string[]) {
  const wanted = new Set(requested);
  if (
    wanted.size !== requested.length ||
    current.length !== requested.length ||
    current.some((id) => !wanted.has(id))
  ) {
    throw new AppError("conflict", "The list has changed since you opened it. Reload the page and try again.", {
      reason: "stale",
    });
  }
}

export async function appendDay(tx: TTx, courseId: string, dayId: string) {
  const last = await tx.dayOnCourse.aggregate({ where: { courseId }, _max: { order: true } });
  return tx.dayOnCourse.create({
    data: { courseId, dayId, order: (last._max.order ?? 0) + 1 },
    select: { id: true, order: true },
  });
}

export async function appendStep(tx: TTx, dayId: string, stepId: string) {
  const last = await tx.stepOnDay.aggregate({ where: { dayId }, _max: { order: true } });
  return tx.stepOnDay.create({
    data: { dayId, stepId, order: (last._max.order ?? 0) + 1 },
    select: { id: true, order: true },
  });
}
