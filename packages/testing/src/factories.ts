import { randomBytes } from "node:crypto";
import { hashPassword } from "@gafus/auth";
import type { TDb, TRole } from "@gafus/prisma";
import { createCourseWithDays, createUser, type TCourseSpec } from "@gafus/prisma/factories";

export const TEST_PASSWORD = "Tail-wagging-2026";
let testHash: Promise<string> | undefined;

/** A user with a unique email and TEST_PASSWORD (hashed once per process: scrypt is slow on purpose). */
export async function makeUser(db: TDb, overrides: { role?: TRole; email?: string; name?: string } = {}) {
  testHash ??= hashPassword(TEST_PASSWORD);
  return createUser(db, {
    email: overrides.email ?? `user-${randomBytes(5).toString("hex")}@example.test`,
    name: overrides.name ?? "Test User",
    role: overrides.role ?? "USER",
    passwordHash: await testHash,
  });
}

/** A published course by `authorId` with short timers, for tests: day 1 (training 5 s, theory), day 2 (exam, diary), summary. */
export async function makeCourse(db: TDb, authorId: string, overrides: Partial<TCourseSpec> = {}) {
  const slug = overrides.slug ?? `course-${randomBytes(4).toString("hex")}`;
  return createCourseWithDays(db, authorId, {
    slug,
    title: "Test course",
    shortDescription: "Short",
    description: "Long",
    days: [
      {
        title: "Day one",
        type: "INTRODUCTION",
        steps: [
          { title: "Sit for {pet}", type: "TRAINING", durationSec: 5, content: "Hello {name}, train {pet}." },
          { title: "Read", type: "THEORY", content: "Theory" },
        ],
      },
      {
        title: "Day two",
        steps: [
          {
            title: "Exam",
            type: "EXAMINATION",
            requiresWrittenAnswer: true,
            quiz: {
              questions: [
                {
                  id: "q1",
                  text: "?",
                  multiple: false,
                  options: [
                    { id: "a", text: "A" },
                    { id: "b", text: "B" },
                  ],
                  correct: ["a"],
                },
              ],
            },
          },
          { title: "Diary", type: "DIARY" },
        ],
      },
      { title: "Summary", type: "SUMMARY", steps: [{ title: "Bye", type: "PRACTICE" }] },
    ],
    ...overrides,
  });
}
