/** Where things live in the bucket. One place, so clean-up jobs and readers agree with writers. */
export const storageKeys = {
  examVideo: (userId: string, id: string, ext: string) => `exams/${userId}/${id}.${ext}`,
  petPhoto: (userId: string, id: string, ext: string) => `pets/${userId}/${id}.${ext}`,
  /** A trainer's original upload; nginx lets browsers PUT parts only under this prefix. */
  mediaSource: (ownerId: string, assetId: string) => `media/source/${ownerId}/${assetId}`,
  /** Everything the transcoder writes for one asset (playlists, encrypted segments, thumbnail). */
  mediaHls: (assetId: string) => `media/hls/${assetId}/`,
};
