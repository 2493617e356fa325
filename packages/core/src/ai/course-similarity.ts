/** Words too common to tell courses apart (Russian and English). */
const STOP = new Set(
  "the and for with your you this that from are was will have how what when into about over more step day course dog dogs его она они это как для что или при без под над все так уже ещё еще чтобы если курс день шаг собака собаки собакой вашей ваша ваш".split(
    " ",
  ),
);

export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
}

export type TVector = Map<string, number>;

/** TF-IDF vectors, L2-normalised, so the dot product of two vectors is their cosine similarity. */
export function tfIdfVectors(docs: { id: string; text: string }[]): Map<string, TVector> {
  const tokens = docs.map((d) => tokenize(d.text));
  const df = new Map<string, number>();
  for (const words of tokens) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const vectors = new Map<string, TVector>();
  docs.forEach((doc, i) => {
    const tf = new Map<string, number>();
    for (const w of tokens[i]!) tf.set(w, (tf.get(w) ?? 0) + 1);
    const vector: TVector = new Map();
    for (const [w, count] of tf) vector.set(w, count * Math.log((1 + docs.length) / (1 + df.get(w)!)) + count * 1e-6);
    const norm = Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0)) || 1;
    for (const [w, v] of vector) vector.set(w, v / norm);
    vectors.set(doc.id, vector);
  });
  return vectors;
}

export function cosine(a: TVector, b: TVector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [w, v] of small) sum += v * (large.get(w) ?? 0);
  return sum;
}

export type TReason = { kind: "similar" | "together"; title: string } | { kind: "popular" };
export type TRanked = { courseId: string; score: number; reason: TReason };

/** Content similarity weighs more than co-enrolment: a handful of students should not outvote the course text. */
const CONTENT_WEIGHT = 0.7;
/** Co-enrolment evidence is shrunk towards zero: n / (n + 5), so 1 shared student counts little, 50 nearly fully. */
const CO_PRIOR = 5;

/**
 * Ranks candidate courses for one student: best cosine similarity to a course they are enrolled in, plus how
 * many students of their courses also took the candidate (shrunk by CO_PRIOR). Without enrolments: the most
 * popular.
 */
export function rankCourses({
  vectors,
  titles,
  enrolled,
  candidates,
  coEnrolment,
  popularity,
  limit = 6,
}: {
  vectors: Map<string, TVector>;
  titles: Map<string, string>;
  enrolled: string[];
  candidates: string[];
  coEnrolment: Map<string, { count: number; viaCourseId: string }>;
  popularity: Map<string, number>;
  limit?: number;
}): TRanked[] {
  const maxPop = Math.max(1, ...popularity.values());
  const ranked = candidates.map((id): TRanked => {
    if (enrolled.length === 0) {
      return { courseId: id, score: (popularity.get(id) ?? 0) / maxPop, reason: { kind: "popular" } };
    }
    let best = { sim: 0, via: enrolled[0]! };
    for (const mine of enrolled) {
      const sim = cosine(vectors.get(id) ?? new Map(), vectors.get(mine) ?? new Map());
      if (sim > best.sim) best = { sim, via: mine };
    }
    const co = coEnrolment.get(id);
    const coScore = co ? co.count / (co.count + CO_PRIOR) : 0;
    const content = CONTENT_WEIGHT * best.sim;
    const together = (1 - CONTENT_WEIGHT) * coScore;
    const reason: TReason =
      together > content && co
        ? { kind: "together", title: titles.get(co.viaCourseId) ?? "" }
        : { kind: "similar", title: titles.get(best.via) ?? "" };
    return { courseId: id, score: content + together, reason };
  });
  return ranked
    .filter((r) => r.score > 0 || enrolled.length === 0)
    .sort((a, b) => b.score - a.score || a.courseId.localeCompare(b.courseId))
    .slice(0, limit);
}
