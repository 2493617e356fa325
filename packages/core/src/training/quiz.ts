import { z } from "zod";

/** How a quiz is stored on an EXAMINATION step (Step.quiz). */
export const ZQuiz = z.object({
  questions: z
    .array(
      z.object({
        id: z.string().min(1),
        text: z.string().min(1),
        multiple: z.boolean().default(false),
        options: z.array(z.object({ id: z.string().min(1), text: z.string().min(1) })).min(2),
        correct: z.array(z.string()).min(1),
      }),
    )
    .default([]),
});
export type TQuiz = z.infer<typeof ZQuiz>;

/** A student's answers: question id → chosen option ids. */
export const ZQuizAnswers = z.record(z.string(), z.array(z.string()).max(20)).default({});
export type TQuizAnswers = z.infer<typeof ZQuizAnswers>;

/**
 * Scores answers: a question counts when exactly its correct options are chosen. Answers that name unknown
 * questions or options, or several options for a single-choice question, are refused rather than ignored.
 */
export function scoreQuiz(quiz: TQuiz, answers: TQuizAnswers): { score: number; maxScore: number; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  for (const [questionId, chosen] of Object.entries(answers)) {
    const question = byId.get(questionId);
    if (!question) problems.push(`unknown question ${questionId}`);
    else if (!question.multiple && chosen.length > 1) problems.push(`question ${questionId} takes one answer`);
    else if (chosen.some((o) => !question.options.some((opt) => opt.id === o)))
      problems.push(`unknown option in ${questionId}`);
  }
  for (const question of quiz.questions)
    if (!answers[question.id]?.length) problems.push(`question ${question.id} is not answered`);
  const score = quiz.questions.filter((q) => {
    const chosen = new Set(answers[q.id] ?? []);
    return chosen.size === q.correct.length && q.correct.every((c) => chosen.has(c));
  }).length;
  return { score, maxScore: quiz.questions.length, problems };
}

/** The quiz as a student sees it: without the correct answers. */
export function publicQuiz(quiz: TQuiz) {
  return { questions: quiz.questions.map(({ correct: _correct, ...q }) => q) };
}

/**
 * A step's stored quiz; a malformed one (hand-edited content) reads as no questions rather than breaking the whole
 * day page for every student.
 */
export function readQuiz(stored: unknown): TQuiz {
  const parsed = ZQuiz.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { questions: [] };
}
