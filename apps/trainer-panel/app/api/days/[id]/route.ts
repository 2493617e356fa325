import { updateDay } from "@gafus/core";
import { updateDayOp } from "@/contract/days";
import { route } from "@/server/api";

/** PATCH /trainer/api/days/{id} — title, description and type (the day changes in every course using it). */
export const PATCH = route(updateDayOp, async ({ user, params, body, db }) => ({
  day: await updateDay({ db, actor: user, dayId: params.id, input: body }),
}));
