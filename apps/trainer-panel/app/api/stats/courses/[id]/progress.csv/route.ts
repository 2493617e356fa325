import { createProgressCsv, findInsightsCourse } from "@gafus/core";
import { downloadProgressCsvOp } from "@/contract/stats";
import { route } from "@/server/api";
import { downloadResponse } from "@/server/insights";

/** GET /trainer/api/stats/courses/{id}/progress.csv — student progress streamed as CSV (author or admin). */
export const GET = route(downloadProgressCsvOp, async ({ user, params, db }) => {
  const course = await findInsightsCourse({ db, actor: user, courseId: params.id });
  const body = await createProgressCsv({ db, courseId: course.id });
  const date = new Date().toISOString().slice(0, 10);
  return downloadResponse(body, {
    fileName: `${course.slug}-progress-${date}.csv`,
    contentType: "text/csv; charset=utf-8",
  });
});
