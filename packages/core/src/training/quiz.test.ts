import { describe, expect, it } from "vitest";
import { publicQuiz, readQuiz, scoreQuiz, ZQuiz } from "./quiz";

const quiz = ZQuiz.parse({
  questions: [
    {
      id: "q1",
      text: "Sit?",
      options: [
        { id: "a", text: "yes" },
        { id: "b", text: "no" },
      ],
      correct: ["a"],
    },
    {
      id: "q2",
      text: "Rewards?",
      multiple: true,
      options: [
        { id: "a", text: "treat" },
        { id: "b", text: "toy" },
        { id: "c", text: "shout" },
      ],
      correct: ["a", "b"],
    },
  ],
});

describe("scoreQuiz", () => {
  it("counts a question only when exactly the correct options are chosen", () => {
    expect(scoreQuiz(quiz, { q1: ["a"], q2: ["a", "b"] })).toEqual({ score: 2, maxScore: 2, problems: [] });
    expect(scoreQuiz(quiz, { q1: ["b"], q2: ["a"] })).toMatchObject({ score: 0, problems: [] });
  });

  it("reports unanswered, unknown and over-answered questions", () => {
    expect(scoreQuiz(quiz, { q1: ["a", "b"] }).problems).toEqual([
      "question q1 takes one answer",
      "question q2 is not answered",
    ]);
    expect(scoreQuiz(quiz, { q1: ["z"], q2: ["a"], q9: ["a"] }).problems).toEqual(
      expect.arrayContaining(["unknown option in q1", "unknown question q9"]),
    );
  });

  it("hides the correct answers from students", () => {
    expect(JSON.stringify(publicQuiz(quiz))).not.toContain("correct");
  });
});

describe("readQuiz", () => {
  it("reads a hand-broken quiz as no questions instead of failing the day page", () => {
    expect(readQuiz({ questions: [{ id: "q1", text: "?", options: [] }] })).toEqual({ questions: [] });
    expect(readQuiz("not json at all")).toEqual({ questions: [] });
    expect(readQuiz(null)).toEqual({ questions: [] });
    expect(readQuiz({ questions: quiz.questions }).questions.map((q) => q.id)).toEqual(["q1", "q2"]);
  });
});
