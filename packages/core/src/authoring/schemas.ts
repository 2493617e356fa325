import { z } from "zod";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const COURSE_LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED"] as const;
export const DAY_TYPES = ["INTRODUCTION", "REGULAR", "DIAGNOSTICS", "SUMMARY"] as const;
export const STEP_TYPES = ["TRAINING", "PRACTICE", "THEORY", "BREAK", "EXAMINATION", "DIARY"] as const;

const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "At least 3 characters")
  .max(80, "At most 80 characters")
  .regex(SLUG_PATTERN, "Latin letters, digits and single hyphens only");

// A PATCH changes only the fields it names: no defaults here, or an omitted field would be reset.
export const ZCourseUpdate = z
  .strictObject({
    title: z.string().trim().min(1, "Enter a title").max(120, "At most 120 characters"),
    slug: ZSlug,
    shortDescription: z.string().trim().max(300, "At most 300 characters"),
    description: z.string().trim().max(20_000, "At most 20000 characters"),
    level: z.enum(COURSE_LEVELS),
    locale: z.enum(["ru", "en"]),
    visibility: z.enum(["PUBLIC", "PRIVATE"]),
  })
  .partial();
export type TCourseUpdate = z.infer<typeof ZCourseUpdate>;

/** A new course: a title is required; the slug is made from it when left out. */
export const ZCourseInput = ZCourseUpdate.extend({
  title: z.string().trim().min(1, "Enter a title").max(120, "At most 120 characters"),
});
export type TCourseInput = z.infer<typeof ZCourseInput>;

export const ZDayInput = z.strictObject({
  title: z.string().trim().min(1, "Enter a title").max(200, "At most 200 characters"),
  description: z.string().trim().max(5000, "At most 5000 characters").default(""),
  type: z.enum(DAY_TYPES).default("REGULAR"),
});
export type TDayInput = z.infer<typeof ZDayInput>;

const ZText = (max: number) => z.string().trim().min(1, "Required").max(max, `At most ${max} characters`);

export const ZQuizInput = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[\w-]{1,40}$/),
        text: ZText(500),
        multiple: z.boolean().default(false),
        options: z
          .array(z.strictObject({ id: z.string().regex(/^[\w-]{1,40}$/), text: ZText(300) }))
          .min(2, "At least two options")
          .max(10, "At most 10 options"),
        correct: z.array(z.string()).min(1, "Mark the correct answer"),
      }),
    )
    .max(50, "At most 50 questions"),
});
export type TQuizInput = z.infer<typeof ZQuizInput>;

const ZVideoUrl = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: "Enter an http(s) link" }).max(500)])
  .transform((value) => value || null);

/**
 * A step as the editor sends it (every field, a full replacement). Type-specific rules: a TRAINING step has a timer,
 * an EXAMINATION checks something, and each quiz question marks correct options that exist (one when single-choice).
 */
export const ZStepInput = z
  .strictObject({
    title: ZText(200),
    type: z.enum(STEP_TYPES),
    content: z.string().max(20_000, "At most 20000 characters").default(""),
    durationSec: z.number().int().min(5, "At least 5 seconds").max(7200, "At most 2 hours").nullable().default(null),
    videoUrl: ZVideoUrl.nullable().default(null),
    videoAssetId: z.uuid().nullable().default(null),
    checklist: z.array(ZText(300)).max(30, "At most 30 items").default([]),
    quiz: ZQuizInput.nullable().default(null),
    requiresWrittenAnswer: z.boolean().default(false),
    requiresVideo: z.boolean().default(false),
  })
  .superRefine((step, ctx) => {
    if (step.type === "TRAINING" && !step.durationSec) {
      ctx.addIssue({ code: "custom", path: ["durationSec"], message: "A training step needs a timer duration" });
    }
    if (step.type !== "EXAMINATION") return;
    const questions = step.quiz?.questions ?? [];
    if (!questions.length && !step.requiresWrittenAnswer && !step.requiresVideo) {
      ctx.addIssue({
        code: "custom",
        path: ["quiz"],
        message: "An exam needs questions, a written answer or a video",
      });
    }
    const ids = new Set<string>();
    questions.forEach((q, i) => {
      if (ids.has(q.id))
        ctx.addIssue({ code: "custom", path: ["quiz", "questions", i, "id"], message: "Duplicate id" });
      ids.add(q.id);
      const optionIds = new Set(q.options.map((o) => o.id));
      if (optionIds.size !== q.options.length || q.correct.some((c) => !optionIds.has(c))) {
        ctx.addIssue({ code: "custom", path: ["quiz", "questions", i, "correct"], message: "Unknown option" });
      }
      if (!q.multiple && q.correct.length !== 1) {
        ctx.addIssue({
          code: "custom",
          path: ["quiz", "questions", i, "correct"],
          message: "A single-choice question has exactly one correct answer",
        });
      }
    });
  });
export type TStepInput = z.infer<typeof ZStepInput>;

export const ZReorder = z.strictObject({ ids: z.array(z.uuid()).min(1).max(500) });
export const ZReuseDay = z.strictObject({ dayId: z.uuid() });
export const ZReuseStep = z.strictObject({ stepId: z.uuid() });
export const ZFromTemplate = z.strictObject({ templateId: z.uuid() });
export const ZAccessInput = z.strictObject({ email: z.email("Enter a valid email").trim().toLowerCase() });
export const ZTemplateInput = z.strictObject({
  category: ZText(60),
  title: ZText(200).optional(),
});
export type TTemplateInput = z.infer<typeof ZTemplateInput>;
