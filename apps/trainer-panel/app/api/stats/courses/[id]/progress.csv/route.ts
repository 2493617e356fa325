import { createProgressCsv, findInsightsCourse } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { apiRoute, requireApiUser } from "@/server/api";
import { downloadResponse } from "@/server/insights";

/** GET /trainer/api/stats/courses/{id}/progress.csv — student progress streamed as CSV (author or admin). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const { id } = await params;
  const db = getDb();
  const course = await findInsightsCourse({ db, actor: user, courseId: id });
  const body = await createProgressCsv({ db, courseId: course.id });
  const date = new Date().toISOString().slice(0, 10);
  return downloadResponse(body, {
    fileName: `${course.slug}-progress-${date}.csv`,
    contentType: "text/csv; charset=utf-8",
  });
});
