import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { personalize } from "../training/personalize";
import { publicQuiz, readQuiz } from "../training/quiz";
import { loadEditableCourse } from "./authorize";

/**
 * The course as a student will see it, published or not, for its author or an admin: read-only, no progress is
 * read or written. Texts are personalised with the previewer's name and a placeholder pet.
 */
export async function getCoursePreview({
  db,
  actor,
  courseId,
  names,
}: {
  db: TDb;
  actor: TActor;
  courseId: string;
  names: { student: string; petFallback: string };
}) {
  await loadEditableCourse(db, actor, courseId);
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      id: true,
      slug: true,
      title: true,
      shortDescription: true,
      description: true,
      level: true,
      isPublished: true,
      author: { select: { name: true } },
      days: {
        orderBy: { order: "asc" },
        select: {
          day: {
            select: {
              title: true,
              description: true,
              type: true,
              steps: {
                orderBy: { order: "asc" },
                select: {
                  step: {
                    select: {
                      id: true,
                      title: true,
                      type: true,
                      content: true,
                      durationSec: true,
                      videoUrl: true,
                      videoAssetId: true,
                      imageUrls: true,
                      pdfUrls: true,
                      checklist: true,
                      quiz: true,
                      requiresWrittenAnswer: true,
                      requiresVideo: true,
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  const text = (value: string) => personalize(value, { ...names, pet: undefined });
  return {
    ...course,
    days: course.days.map(({ day }, i) => ({
      number: i + 1,
      title: text(day.title),
      description: text(day.description),
      type: day.type,
      steps: day.steps.map(({ step }, j) => ({
        ...step,
        number: j + 1,
        title: text(step.title),
        content: text(step.content),
        checklist: step.checklist.map(text),
        quiz: step.type === "EXAMINATION" ? publicQuiz(readQuiz(step.quiz)) : null,
      })),
    })),
  };
}

export type TCoursePreview = Awaited<ReturnType<typeof getCoursePreview>>;
