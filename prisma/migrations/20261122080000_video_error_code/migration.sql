-- A translatable reason next to the English detail of a failed video.
ALTER TABLE "MediaAsset" ADD COLUMN "errorCode" TEXT;
