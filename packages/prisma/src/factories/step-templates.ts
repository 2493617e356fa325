import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { StepType } from "../../generated/prisma/enums";

type TTemplateSpec = {
  category: string;
  title: string;
  type: StepType;
  content: string;
  durationSec?: number;
  checklist?: string[];
  quiz?: Prisma.InputJsonValue;
  requiresWrittenAnswer?: boolean;
  requiresVideo?: boolean;
};

// Categories are keys the trainer panel translates (authoring.category.<key>); the texts are in Russian and English.
export const BUILT_IN_STEP_TEMPLATES: TTemplateSpec[] = [
  {
    category: "basics",
    title: "Сидеть: первое знакомство",
    type: "TRAINING",
    durationSec: 300,
    content: "Поднимите лакомство над носом {pet}. Как только собака сядет — маркер и награда. 5–7 повторений.",
    checklist: ["Лакомство под рукой", "Тихое место без отвлечений"],
  },
  {
    category: "basics",
    title: "Sit: first steps",
    type: "TRAINING",
    durationSec: 300,
    content: "Lift a treat above {pet}'s nose. The moment the dog sits, mark and reward. 5–7 repetitions.",
    checklist: ["Treats at hand", "A quiet place without distractions"],
  },
  {
    category: "theory",
    title: "Как работает маркер",
    type: "THEORY",
    content: "Маркер — короткое слово или щелчок, который говорит собаке: «вот за это будет награда».",
  },
  {
    category: "theory",
    title: "How a marker works",
    type: "THEORY",
    content: "A marker is a short word or click that tells the dog: “that is what earns the reward”.",
  },
  {
    category: "rest",
    title: "Перерыв и игра",
    type: "BREAK",
    content: "Дайте {pet} отдохнуть 5 минут: вода, спокойная игра, никаких команд.",
  },
  {
    category: "rest",
    title: "Break and play",
    type: "BREAK",
    content: "Let {pet} rest for 5 minutes: water, calm play, no commands.",
  },
  {
    category: "exam",
    title: "Экзамен: команда «Сидеть»",
    type: "EXAMINATION",
    content: "Ответьте на вопрос и снимите короткое видео, где {pet} садится по команде.",
    requiresVideo: true,
    quiz: {
      questions: [
        {
          id: "q1",
          text: "Когда давать лакомство?",
          multiple: false,
          options: [
            { id: "a", text: "Сразу после маркера" },
            { id: "b", text: "Перед командой" },
          ],
          correct: ["a"],
        },
      ],
    },
  },
  {
    category: "exam",
    title: "Exam: the Sit cue",
    type: "EXAMINATION",
    content: "Answer the question and film a short video of {pet} sitting on cue.",
    requiresVideo: true,
    quiz: {
      questions: [
        {
          id: "q1",
          text: "When does the treat come?",
          multiple: false,
          options: [
            { id: "a", text: "Right after the marker" },
            { id: "b", text: "Before the cue" },
          ],
          correct: ["a"],
        },
      ],
    },
  },
  {
    category: "reflection",
    title: "Дневник тренировки",
    type: "DIARY",
    content: "Запишите, что получилось сегодня и что было трудно.",
  },
  {
    category: "reflection",
    title: "Training diary",
    type: "DIARY",
    content: "Write down what went well today and what was hard.",
  },
];

/** Inserts each built-in template (authorId null) that is missing, by title; never changes existing rows. */
export async function ensureBuiltInStepTemplates(db: PrismaClient): Promise<number> {
  const existing = new Set(
    (await db.stepTemplate.findMany({ where: { authorId: null }, select: { title: true } })).map((t) => t.title),
  );
  const missing = BUILT_IN_STEP_TEMPLATES.filter((t) => !existing.has(t.title));
  if (missing.length) await db.stepTemplate.createMany({ data: missing.map((t) => ({ ...t, authorId: null })) });
  return missing.length;
}
