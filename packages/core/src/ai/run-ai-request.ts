import type { TDb } from "@gafus/prisma";
import { AppError } from "../errors/app-error";
import { ZQuiz } from "../training/quiz";
import { AiRateLimitedError, type TAiClient, type TChatMessage } from "./ai-client";
import { assertMayDraft } from "./assert-may-draft";

const LANGUAGE = { ru: "Russian", en: "English" } as const;

/** What the model is told for each kind of draft; the trainer edits the result before anything reaches a student. */
async function buildMessages(
  db: TDb,
  request: { kind: string; subjectId: string; prompt: string },
  locale: "ru" | "en",
) {
  const language = LANGUAGE[locale];
  if (request.kind === "EXAM_FEEDBACK") {
    const exam = await db.examSubmission.findUnique({
      where: { id: request.subjectId },
      select: {
        score: true,
        maxScore: true,
        writtenAnswer: true,
        answers: true,
        user: { select: { name: true } },
        userStep: {
          select: { stepOnDay: { select: { step: { select: { title: true, content: true, quiz: true } } } } },
        },
      },
    });
    if (!exam) throw new AppError("not_found", "The exam submission no longer exists.");
    const step = exam.userStep.stepOnDay.step;
    const quiz = ZQuiz.safeParse(step.quiz ?? {});
    return [
      {
        role: "system",
        content: `You are a kind, precise dog trainer. Write feedback on a student's exam in ${language}, 3-5 sentences, at most 900 characters: what went well, what to improve, one concrete next exercise. No greeting line, no markdown.`,
      },
      {
        role: "user",
        content: [
          `Exam: ${step.title}`,
          step.content ? `Task: ${step.content.slice(0, 1500)}` : "",
          exam.maxScore !== null ? `Quiz score: ${exam.score ?? 0} of ${exam.maxScore}` : "",
          quiz.success && quiz.data.questions.length
            ? `Questions: ${quiz.data.questions.map((q) => q.text).join(" | ")}`
            : "",
          exam.writtenAnswer ? `Student's written answer: ${exam.writtenAnswer.slice(0, 2000)}` : "No written answer.",
          `Student: ${exam.user.name}`,
        ]
          .filter(Boolean)
          .join("\n"),
      },
    ] satisfies TChatMessage[];
  }
  return [
    {
      role: "system",
      content: `You edit texts of an online dog-training course. Rewrite the trainer's text in ${language}: clear, friendly, concrete, same meaning, similar length. Answer with the rewritten text only.`,
    },
    { role: "user", content: request.prompt },
  ] satisfies TChatMessage[];
}

/**
 * Asks the model for one draft and stores the answer. Idempotent: a finished request is not asked again. A
 * failure is stored with its reason when `isLastAttempt` (earlier attempts leave it RUNNING for the retry).
 * The requester's rights are checked again here, as for reports: a trainer who is no longer the exam's reviewer or
 * the course's author (or no longer a trainer) since asking gets FAILED and no draft, and the model is not asked.
 */
export async function runAiRequest({
  db,
  client,
  requestId,
  isLastAttempt = true,
  rateLimitGiveUpMs = 15 * 60_000,
  now = new Date(),
}: {
  db: TDb;
  client: TAiClient;
  requestId: string;
  isLastAttempt?: boolean;
  /** Past this age a request stops waiting out the provider's 429s and fails. */
  rateLimitGiveUpMs?: number;
  now?: Date;
}) {
  const request = await db.aiRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      kind: true,
      subjectId: true,
      prompt: true,
      status: true,
      createdAt: true,
      requester: { select: { id: true, role: true, locale: true } },
    },
  });
  if (!request) throw new AppError("not_found", "No such AI request.");
  if (request.status === "READY" || request.status === "FAILED") return { status: request.status, skipped: true };
  await db.aiRequest.update({ where: { id: requestId }, data: { status: "RUNNING" } });
  try {
    await assertMayDraft(db, request.requester, request);
    const result = await client.complete(await buildMessages(db, request, request.requester.locale));
    await db.aiRequest.update({
      where: { id: requestId },
      data: { status: "READY", result: result.slice(0, 8000), error: null, finishedAt: new Date() },
    });
    return { status: "READY" as const, skipped: false };
  } catch (error) {
    // A rate limit is the provider saying "later", not a failure: the request stays RUNNING for the retry, until
    // it has waited too long (a limit that never lifts must not keep the draft "running" for ever).
    const isRateLimited = error instanceof AiRateLimitedError;
    const hasWaitedTooLong = now.getTime() - request.createdAt.getTime() > rateLimitGiveUpMs;
    if (isRateLimited && hasWaitedTooLong) {
      await db.aiRequest.update({
        where: { id: requestId },
        data: { status: "FAILED", error: "The AI service kept refusing (rate limit).", finishedAt: new Date() },
      });
      throw new AppError("ai_failed", "The AI service kept refusing (rate limit); the draft was given up.");
    }
    const final = !isRateLimited && (isLastAttempt || (error instanceof AppError && error.error !== "ai_failed"));
    if (final) {
      const reason = error instanceof AppError ? error.message : "The draft could not be made.";
      await db.aiRequest.update({
        where: { id: requestId },
        data: { status: "FAILED", error: reason.slice(0, 500), finishedAt: new Date() },
      });
    }
    throw error;
  }
}
