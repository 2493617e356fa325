import { enrollInCourse } from "@gafus/core";
import { enrollOp } from "@/contract/courses";
import { route } from "@/server/api";

/** POST /api/v1/courses/{slug}/enrollment — enroll (again: change the pet). */
export const POST = route(enrollOp, async ({ user, params, body, db }) => {
  const enrollment = await enrollInCourse({ db, viewer: user, slug: params.slug, petId: body.petId });
  return { enrollment: { id: enrollment.id, petId: enrollment.petId, createdAt: enrollment.createdAt } };
});
