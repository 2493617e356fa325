import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { loadEditableDay } from "./authorize";
import type { TDayInput } from "./schemas";

/** Changes a day's title, description and type, in every course that uses it. */
export async function updateDay({
  db,
  actor,
  dayId,
  input,
}: {
  db: TDb;
  actor: TActor;
  dayId: string;
  input: TDayInput;
}) {
  await loadEditableDay(db, actor, dayId);
  return db.trainingDay.update({
    where: { id: dayId },
    data: input,
    select: { id: true, title: true, description: true, type: true },
  });
}
