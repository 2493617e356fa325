/** Where things live in the bucket. One place, so clean-up jobs and readers agree with writers. */
export const storageKeys = {
  examVideo: (userId: string, id: string, ext: string) => `exams/${userId}/${id}.${ext}`,
  petPhoto: (userId: string, id: string, ext: string) => `pets/${userId}/${id}.${ext}`,
};
