import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { activeSince } from "./active-window";
import { findInsightsCourse } from "./find-insights-course";

export type TDayFunnel = { order: number; title: string; completed: number };
export type TStepStats = {
  dayOrder: number;
  stepOrder: number;
  title: string;
  type: string;
  started: number;
  completed: number;
  /** Students who finished the previous step in course order (enrolled, for the first) but not this one. */
  dropOff: number;
  avgMs: number | null;
};
export type TCourseStats = {
  course: { id: string; title: string; slug: string; description: string };
  enrolments: number;
  active: number;
  completed: number;
  pendingExams: number;
  funnel: TDayFunnel[];
  steps: TStepStats[];
};

/** Students whose gap between two completions is longer than this took a break; the gap is not "time on step". */
const MAX_GAP_MS = 3 * 3600 * 1000;

/**
 * Statistics of one course, aggregated by PostgreSQL (three statements, no per-student rows reach Node).
 * Time per step is the timer time (elapsedMs) where the step had a timer, otherwise the gap since the student's
 * previous completion on the course when that gap is under 3 hours.
 */
export async function getCourseStats({
  db,
  actor,
  courseId,
  now = new Date(),
}: {
  db: TDb;
  actor: TActor;
  courseId: string;
  now?: Date;
}): Promise<TCourseStats> {
  const course = await findInsightsCourse({ db, actor, courseId });
  const [totals] = await db.$queryRaw<Omit<TCourseStats, "course" | "funnel" | "steps">[]>`
    SELECT
      (SELECT COUNT(*) FROM "Enrollment" e WHERE e."courseId" = ${course.id}::uuid)::int AS enrolments,
      (SELECT COUNT(DISTINCT us."userId") FROM "UserStep" us JOIN "DayOnCourse" d ON d.id = us."dayOnCourseId"
        WHERE d."courseId" = ${course.id}::uuid AND us."updatedAt" >= ${activeSince(now)})::int AS active,
      (SELECT COUNT(*) FROM "Enrollment" e
        WHERE e."courseId" = ${course.id}::uuid AND e."completedAt" IS NOT NULL)::int AS completed,
      (SELECT COUNT(*) FROM "ExamSubmission" x JOIN "UserStep" us ON us.id = x."userStepId"
        JOIN "DayOnCourse" d ON d.id = us."dayOnCourseId"
        WHERE d."courseId" = ${course.id}::uuid AND x.status = 'PENDING')::int AS "pendingExams"`;
  const funnel = await db.$queryRaw<TDayFunnel[]>`
    SELECT d."order", td.title, COUNT(ud.id)::int AS completed
    FROM "DayOnCourse" d
    JOIN "TrainingDay" td ON td.id = d."dayId"
    LEFT JOIN "UserDay" ud ON ud."dayOnCourseId" = d.id
    WHERE d."courseId" = ${course.id}::uuid
    GROUP BY d.id, d."order", td.title
    ORDER BY d."order"`;
  const rows = await db.$queryRaw<Omit<TStepStats, "dropOff">[]>`
    WITH done AS (
      SELECT us."dayOnCourseId", us."stepOnDayId", us."elapsedMs",
        EXTRACT(EPOCH FROM us."completedAt" - LAG(us."completedAt")
          OVER (PARTITION BY us."userId" ORDER BY us."completedAt")) * 1000 AS "gapMs"
      FROM "UserStep" us JOIN "DayOnCourse" d ON d.id = us."dayOnCourseId"
      WHERE d."courseId" = ${course.id}::uuid AND us.status = 'COMPLETED'
    ), timing AS (
      SELECT "dayOnCourseId", "stepOnDayId",
        AVG(CASE WHEN "elapsedMs" > 0 THEN "elapsedMs" WHEN "gapMs" < ${MAX_GAP_MS} THEN "gapMs" END) AS "avgMs"
      FROM done GROUP BY "dayOnCourseId", "stepOnDayId"
    )
    SELECT d."order" AS "dayOrder", sod."order" AS "stepOrder", s.title, s.type::text AS type,
      COUNT(us.id) FILTER (WHERE us.status <> 'NOT_STARTED')::int AS started,
      COUNT(us.id) FILTER (WHERE us.status = 'COMPLETED')::int AS completed,
      ROUND(MAX(t."avgMs"))::float8 AS "avgMs"
    FROM "DayOnCourse" d
    JOIN "StepOnDay" sod ON sod."dayId" = d."dayId"
    JOIN "Step" s ON s.id = sod."stepId"
    LEFT JOIN "UserStep" us ON us."dayOnCourseId" = d.id AND us."stepOnDayId" = sod.id
    LEFT JOIN timing t ON t."dayOnCourseId" = d.id AND t."stepOnDayId" = sod.id
    WHERE d."courseId" = ${course.id}::uuid
    GROUP BY d.id, d."order", sod.id, sod."order", s.title, s.type
    ORDER BY d."order", sod."order"`;
  const enrolments = totals?.enrolments ?? 0;
  // Drop-off follows the course order: whoever finished the previous step (any day) could have finished this one.
  const steps = rows.map((row, index) => {
    const before = index === 0 ? enrolments : rows[index - 1]!.completed;
    return { ...row, dropOff: Math.max(0, before - row.completed) };
  });
  return {
    course: { id: course.id, title: course.title, slug: course.slug, description: course.description },
    enrolments,
    active: totals?.active ?? 0,
    completed: totals?.completed ?? 0,
    pendingExams: totals?.pendingExams ?? 0,
    funnel,
    steps,
  };
}
