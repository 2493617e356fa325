import { ZExamSubmission } from "@gafus/core";
import { defineOperation, ZJsonDate } from "@gafus/http";
import { z } from "zod";
import { ZDayParams, ZStepParams } from "./params";
import { ZCompletion, ZDayType, ZExamStatus, ZPetRef, ZStepStatus, ZStepType } from "./shapes";

const ZTimer = z.object({
  durationSec: z.number().int(),
  remainingMs: z.number().int(),
  isRunning: z.boolean(),
  isFinished: z.boolean(),
});

const ZDayStep = z.object({
  number: z.number().int(),
  id: z.uuid(),
  type: ZStepType,
  title: z.string(),
  content: z.string(),
  videoUrl: z.string().nullable(),
  videoAssetId: z.uuid().nullable().meta({ description: "played from /media/{assetId}/master.m3u8" }),
  imageUrls: z.array(z.string()),
  pdfUrls: z.array(z.string()),
  checklist: z.array(z.string()),
  status: ZStepStatus,
  timer: ZTimer.nullable(),
  exam: z
    .object({
      quiz: z.object({
        questions: z.array(
          z.object({
            id: z.string(),
            text: z.string(),
            multiple: z.boolean(),
            options: z.array(z.object({ id: z.string(), text: z.string() })),
          }),
        ),
      }),
      requiresWrittenAnswer: z.boolean(),
      requiresVideo: z.boolean(),
      latest: z
        .object({
          id: z.uuid(),
          status: ZExamStatus,
          score: z.number().int().nullable(),
          maxScore: z.number().int().nullable(),
          reviewComment: z.string().nullable(),
          reviewedAt: ZJsonDate.nullable(),
          createdAt: ZJsonDate,
        })
        .nullable(),
    })
    .nullable(),
});

const ZTrainingDay = z.object({
  course: z.object({ id: z.uuid(), slug: z.string(), title: z.string(), authorId: z.uuid() }),
  pet: ZPetRef.nullable(),
  dayNumber: z.number().int(),
  dayCount: z.number().int(),
  title: z.string(),
  description: z.string(),
  type: ZDayType,
  state: z.enum(["completed", "open"]),
  nextDayOpen: z.boolean(),
  steps: z.array(ZDayStep),
});

export const getTrainingDayOp = defineOperation({
  method: "GET",
  path: "/api/v1/courses/{slug}/days/{day}",
  summary: "An open day: steps, timers, exam forms",
  description: "Steps with their state and timers as of the server's clock; exam forms without the answers.",
  tags: ["training"],
  auth: "user",
  params: ZDayParams,
  response: z.object({ day: ZTrainingDay }),
  errors: ["not_enrolled", "day_locked"],
});

export const controlTimerOp = defineOperation({
  method: "POST",
  path: "/api/v1/courses/{slug}/days/{day}/steps/{step}/timer",
  summary: "Start, pause or reset a step timer",
  description: "Answers with the timer as the server sees it.",
  tags: ["training"],
  auth: "user",
  params: ZStepParams,
  body: z.strictObject({ action: z.enum(["start", "pause", "reset"]) }),
  response: z.object({ status: ZStepStatus, timer: ZTimer }),
  errors: ["not_enrolled", "day_locked", "conflict"],
});

export const completeStepOp = defineOperation({
  method: "POST",
  path: "/api/v1/courses/{slug}/days/{day}/steps/{step}/complete",
  summary: "Mark a step done",
  description: "Says whether that finished the day or the course. A training step needs its timer run to the end.",
  tags: ["training"],
  auth: "user",
  params: ZStepParams,
  response: ZCompletion,
  errors: ["not_enrolled", "day_locked", "step_not_ready"],
});

export const submitExamOp = defineOperation({
  method: "POST",
  path: "/api/v1/courses/{slug}/days/{day}/steps/{step}/exam",
  summary: "Submit an exam",
  description: "Quiz answers, written answer, uploaded video key; waits for the trainer. One pending at a time.",
  tags: ["training"],
  auth: "user",
  params: ZStepParams,
  body: ZExamSubmission,
  response: ZCompletion.extend({
    exam: z.object({
      id: z.uuid(),
      status: ZExamStatus,
      score: z.number().int().nullable(),
      maxScore: z.number().int().nullable(),
      createdAt: ZJsonDate,
    }),
  }),
  status: 201,
  errors: ["not_enrolled", "day_locked", "exam_pending"],
});
