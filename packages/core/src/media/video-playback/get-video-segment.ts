import { getObject, storageKeys, type TStorage } from "@gafus/storage";
import { AppError } from "../../errors/app-error";
import { mapS3ReadError } from "../s3-errors";
import { RENDITION, SEGMENT } from "./hls-paths";
import { verifyMediaPath } from "./media-signature";

/**
 * An encrypted segment for a valid signed URL. No session or database lookup: the signature is the permission
 * (issued only in a playlist to an entitled user), which keeps segment requests cheap.
 */
export async function getVideoSegment({
  storage,
  assetId,
  rendition,
  file,
  exp,
  sig,
  secret,
}: {
  storage: TStorage;
  assetId: string;
  rendition: string;
  file: string;
  exp: string | null;
  sig: string | null;
  secret: string;
}) {
  if (!RENDITION.test(rendition) || !SEGMENT.test(file)) throw new AppError("not_found", "No such segment.");
  if (!verifyMediaPath(secret, `${assetId}/${rendition}/${file}`, exp, sig))
    throw new AppError("forbidden", "This link has expired or is not valid.");
  const object = await getObject(storage, `${storageKeys.mediaHls(assetId)}${rendition}/${file}`).catch(mapS3ReadError);
  if (!object.body) throw new AppError("not_found", "No such segment.");
  return {
    body: object.body.webStream(),
    length: object.contentLength,
    maxAgeSec: Math.max(0, Number(exp) - Math.floor(Date.now() / 1000)),
  };
}
