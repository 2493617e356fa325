import { z } from "zod";

/** What the transcoder recorded per rendition (MediaAsset.renditions). */
export const ZRenditions = z.array(
  z.object({ name: z.string(), width: z.number(), height: z.number(), bandwidth: z.number(), playlistKey: z.string() }),
);
export const RENDITION = /^\d{2,4}p$/;
export const SEGMENT = /^seg_\d{4,6}\.ts$/;

export const mediaBase = (assetId: string) => `/media/${assetId}`;
