import { BADGES } from "@gafus/core";
import { defineOperation, ZJsonDate } from "@gafus/http";
import { z } from "zod";
import { ZLevel } from "./shapes";

export const getAchievementsOp = defineOperation({
  method: "GET",
  path: "/api/v1/me/achievements",
  summary: "Streak, training calendar and badges",
  description: "The calendar covers the last five weeks in the caller's time zone.",
  tags: ["me"],
  auth: "user",
  response: z.object({
    streak: z.object({ current: z.number().int(), best: z.number().int() }),
    badges: z.array(z.object({ code: z.enum(BADGES), awardedAt: ZJsonDate.nullable() })),
    calendar: z.array(z.object({ date: z.iso.date(), active: z.boolean() })),
  }),
});

export const listMyNotesOp = defineOperation({
  method: "GET",
  path: "/api/v1/me/notes",
  summary: "Notes trainers shared with the caller (visible to the student only), newest first",
  tags: ["me"],
  auth: "user",
  response: z.object({
    notes: z.array(
      z.object({
        id: z.uuid(),
        content: z.string(),
        tags: z.array(z.string()),
        createdAt: ZJsonDate,
        updatedAt: ZJsonDate,
        author: z.object({ name: z.string() }),
        course: z.object({ title: z.string(), slug: z.string() }).nullable(),
      }),
    ),
  }),
});

export const listRecommendationsOp = defineOperation({
  method: "GET",
  path: "/api/v1/me/recommendations",
  summary: "Recommended courses (visible, not enrolled) with the reason: similar, taken together, popular",
  tags: ["me"],
  auth: "user",
  response: z.object({
    courses: z.array(
      z.object({
        id: z.uuid(),
        slug: z.string(),
        title: z.string(),
        shortDescription: z.string(),
        level: ZLevel,
        score: z.number(),
        reason: z.union([
          z.object({ kind: z.enum(["similar", "together"]), title: z.string() }),
          z.object({ kind: z.literal("popular") }),
        ]),
      }),
    ),
  }),
});
