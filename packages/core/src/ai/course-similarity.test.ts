import { describe, expect, it } from "vitest";
import { cosine, rankCourses, tfIdfVectors, tokenize } from "./course-similarity";

describe("course similarity", () => {
  it("tokenizes Russian and English, dropping short and common words", () => {
    expect(tokenize("Прогулка на поводке: the Leash, and 3 dogs")).toEqual(["прогулка", "поводке", "leash"]);
  });

  it("scores shared rare words above shared common ones", () => {
    const vectors = tfIdfVectors([
      { id: "a", text: "leash walking loose leash" },
      { id: "b", text: "leash manners heel" },
      { id: "c", text: "clicker tricks heel" },
    ]);
    expect(cosine(vectors.get("a")!, vectors.get("b")!)).toBeGreaterThan(cosine(vectors.get("a")!, vectors.get("c")!));
    expect(cosine(vectors.get("a")!, vectors.get("a")!)).toBeCloseTo(1, 5);
  });

  it("ranks by content first, lets co-enrolment lift an unrelated course, and falls back to popularity", () => {
    const vectors = tfIdfVectors([
      { id: "mine", text: "leash walking loose leash pulling" },
      { id: "leash2", text: "advanced leash pulling" },
      { id: "social", text: "puppy socialisation" },
      { id: "cats", text: "cat scratching" },
    ]);
    const titles = new Map([
      ["mine", "Leash basics"],
      ["leash2", "Leash 2"],
      ["social", "Social"],
      ["cats", "Cats"],
    ]);
    const ranked = rankCourses({
      vectors,
      titles,
      enrolled: ["mine"],
      candidates: ["cats", "social", "leash2"],
      coEnrolment: new Map([["social", { count: 3, viaCourseId: "mine" }]]),
      popularity: new Map(),
    });
    expect(ranked.map((r) => [r.courseId, r.reason])).toEqual([
      ["leash2", { kind: "similar", title: "Leash basics" }],
      ["social", { kind: "together", title: "Leash basics" }],
    ]);
    const cold = rankCourses({
      vectors,
      titles,
      enrolled: [],
      candidates: ["cats", "social"],
      coEnrolment: new Map(),
      popularity: new Map([
        ["social", 5],
        ["cats", 1],
      ]),
    });
    expect(cold.map((r) => r.courseId)).toEqual(["social", "cats"]);
    expect(cold[0]!.reason).toEqual({ kind: "popular" });
  });
});
