import type { TDb } from "@gafus/prisma";
import { loadLearnerDay } from "./load-learner-day";
import { personalize } from "./personalize";
import { publicQuiz, readQuiz } from "./quiz";
import { timerView } from "./timer-state";

/**
 * The day page of an enrolled student: its steps in order with their state, timers as of the server's clock,
 * exam forms (without the answers) with the latest submission, and texts personalised with the student's and
 * the pet's names.
 */
export async function getTrainingDay({
  db,
  userId,
  userName,
  slug,
  dayNumber,
  petFallback,
  now = new Date(),
}: {
  db: TDb;
  userId: string;
  userName: string;
  slug: string;
  dayNumber: number;
  petFallback: string;
  now?: Date;
}) {
  const day = await loadLearnerDay(db, { userId, slug, dayNumber });
  const names = { student: userName, pet: day.enrollment.pet?.name, petFallback };
  const progressIds = day.steps.flatMap((s) => (s.progress ? [s.progress.id] : []));
  const exams = await db.examSubmission.findMany({
    where: { userStepId: { in: progressIds } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      userStepId: true,
      status: true,
      score: true,
      maxScore: true,
      reviewComment: true,
      reviewedAt: true,
      createdAt: true,
    },
  });

  const steps = day.steps.map(({ step, number, progress }) => {
    const latestExam = progress ? (exams.find((e) => e.userStepId === progress.id) ?? null) : null;
    return {
      number,
      id: step.id,
      type: step.type,
      title: personalize(step.title, names),
      content: personalize(step.content, names),
      videoUrl: step.videoUrl,
      // Our own HLS video, once transcoded (played through /media/<id>/master.m3u8 with the entitlement check).
      videoAssetId: step.videoAsset?.status === "READY" ? step.videoAsset.id : null,
      imageUrls: step.imageUrls,
      pdfUrls: step.pdfUrls,
      checklist: step.checklist.map((item) => personalize(item, names)),
      status: progress?.status ?? "NOT_STARTED",
      timer:
        step.type === "TRAINING" && step.durationSec
          ? timerView(step.durationSec, progress ?? { elapsedMs: 0, runningSince: null }, now)
          : null,
      exam:
        step.type === "EXAMINATION"
          ? {
              quiz: publicQuiz(readQuiz(step.quiz)),
              requiresWrittenAnswer: step.requiresWrittenAnswer,
              requiresVideo: step.requiresVideo,
              latest: latestExam && { ...latestExam, userStepId: undefined },
            }
          : null,
    };
  });
  return {
    course: day.course,
    pet: day.enrollment.pet,
    dayNumber,
    dayCount: day.dayCount,
    title: personalize(day.dayOnCourse.day.title, names),
    description: personalize(day.dayOnCourse.day.description, names),
    type: day.dayOnCourse.day.type,
    state: day.dayState,
    nextDayOpen: day.dayStates[dayNumber] !== undefined && day.dayStates[dayNumber] !== "locked",
    steps,
  };
}

export type TTrainingDay = Awaited<ReturnType<typeof getTrainingDay>>;
