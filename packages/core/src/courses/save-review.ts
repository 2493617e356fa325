import type { TDb } from "@gafus/prisma";
import { z } from "zod";
import { AppError } from "../errors/app-error";
import type { TViewer } from "./viewer";

export const ZReviewInput = z.strictObject({
  rating: z.number().int().min(1, "From 1 to 5").max(5, "From 1 to 5"),
  text: z.string().trim().max(2000).default(""),
});

/** One review per student per course, editable: saving again replaces it. Only enrolled students review. */
export async function saveReview({
  db,
  viewer,
  slug,
  input,
}: {
  db: TDb;
  viewer: NonNullable<TViewer>;
  slug: string;
  input: z.infer<typeof ZReviewInput>;
}) {
  const course = await db.course.findUnique({
    where: { slug },
    select: { id: true, enrollments: { where: { userId: viewer.id }, select: { id: true } } },
  });
  if (!course) throw new AppError("not_found", "No such course.");
  if (!course.enrollments.length) throw new AppError("not_enrolled", "Enroll in the course to review it.");
  const key = { userId: viewer.id, courseId: course.id };
  return db.courseReview.upsert({
    where: { userId_courseId: key },
    create: { ...key, ...input },
    update: input,
    select: { id: true, rating: true, text: true, updatedAt: true },
  });
}
