import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { loadEditableCourse } from "./authorize";

/** Lets one student (found by email) into a private course; an unknown email is a field error, not a 404. */
export async function grantCourseAccess({
  db,
  actor,
  courseId,
  email,
}: {
  db: TDb;
  actor: TActor;
  courseId: string;
  email: string;
}) {
  await loadEditableCourse(db, actor, courseId);
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true },
  });
  if (!user) {
    throw new AppError("validation_failed", `No account uses the email ${email}.`, {
      reason: "unknown_email",
      fields: { email: ["No account uses this email"] },
    });
  }
  await db.courseAccess.upsert({
    where: { courseId_userId: { courseId, userId: user.id } },
    create: { courseId, userId: user.id },
    update: {},
  });
  return user;
}
