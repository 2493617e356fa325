import { AppError, getExamVideo } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { getStorage } from "@gafus/storage";
import { z } from "zod";
import { apiRoute, requireApiUser } from "@/server/api";

/** GET /trainer/api/exams/{id}/video — the exam video to its reviewer (Range requests pass through for seeking). */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser(request);
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) throw new AppError("not_found", "No such submission.");
  const video = await getExamVideo({
    db: getDb(),
    storage: getStorage(),
    actor: user,
    examId: id,
    range: request.headers.get("range"),
  });
  return new Response(video.body, {
    status: video.status,
    headers: { ...video.headers, "cache-control": "private, no-store" },
  });
});
