import { getExamVideo } from "@gafus/core";
import { getStorage } from "@gafus/storage";
import { getExamVideoOp } from "@/contract/exams";
import { route } from "@/server/api";

/** GET /trainer/api/exams/{id}/video — the exam video to its reviewer (Range requests pass through for seeking). */
export const GET = route(getExamVideoOp, async ({ request, user, params, db }) => {
  const video = await getExamVideo({
    db,
    storage: getStorage(),
    actor: user,
    examId: params.id,
    range: request.headers.get("range"),
  });
  return new Response(video.body, {
    status: video.status,
    headers: { ...video.headers, "cache-control": "private, no-store" },
  });
});
