import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { getObject, type TStorage } from "@gafus/storage";
import { AppError } from "../errors/app-error";
import { mapS3ReadError } from "../media/s3-errors";
import { loadExamForReview } from "./load-exam-for-review";

/**
 * The exam video for its reviewer (or the student who sent it), as a stream; `range` is passed on to S3 so that
 * the browser's player can seek.
 */
export async function getExamVideo({
  db,
  storage,
  actor,
  examId,
  range,
}: {
  db: TDb;
  storage: TStorage;
  actor: TActor;
  examId: string;
  range?: string | null;
}) {
  const own = await db.examSubmission.findFirst({
    where: { id: examId, userId: actor.id },
    select: { videoKey: true },
  });
  const videoKey = own ? own.videoKey : (await loadExamForReview(db, actor, examId)).videoKey;
  if (!videoKey) throw new AppError("not_found", "This submission has no video.");
  const object = await getObject(storage, videoKey, { range }).catch(mapS3ReadError);
  if (!object.body) throw new AppError("not_found", "No video.");
  return {
    body: object.body.webStream(),
    status: range && object.contentRange ? 206 : 200,
    headers: {
      "content-type": object.contentType ?? "video/mp4",
      "accept-ranges": "bytes",
      ...(object.contentLength !== undefined ? { "content-length": String(object.contentLength) } : {}),
      ...(object.contentRange ? { "content-range": object.contentRange } : {}),
    },
  };
}
