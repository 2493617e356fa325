import { ZCatalogQuery, ZReviewInput } from "@gafus/core";
import { defineOperation, ZJsonDate } from "@gafus/http";
import { z } from "zod";
import { ZCourseParams } from "./params";
import { ZCourseLocale, ZDayType, ZLevel, ZPetRef, ZRating, ZVisibility } from "./shapes";

const ZCatalogItem = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  shortDescription: z.string(),
  level: ZLevel,
  locale: ZCourseLocale,
  coverUrl: z.string().nullable(),
  visibility: ZVisibility,
  createdAt: ZJsonDate,
  authorName: z.string(),
  dayCount: z.number().int(),
  rating: ZRating,
  isFavorite: z.boolean(),
  isEnrolled: z.boolean(),
  progress: z.number().int().min(0).max(100).nullable(),
});

const ZCoursePage = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  shortDescription: z.string(),
  description: z.string(),
  level: ZLevel,
  locale: ZCourseLocale,
  coverUrl: z.string().nullable(),
  visibility: ZVisibility,
  isPublished: z.boolean(),
  authorId: z.uuid(),
  author: z.object({ name: z.string() }),
  authorName: z.string(),
  days: z.array(
    z.object({
      number: z.number().int(),
      title: z.string(),
      type: ZDayType,
      description: z.string(),
      stepCount: z.number().int(),
      state: z.enum(["completed", "open", "locked"]),
    }),
  ),
  rating: ZRating,
  reviews: z.array(
    z.object({
      id: z.uuid(),
      rating: z.number().int(),
      text: z.string(),
      updatedAt: ZJsonDate,
      authorName: z.string(),
      isMine: z.boolean(),
    }),
  ),
  isFavorite: z.boolean(),
  enrollment: z
    .object({
      id: z.uuid(),
      completedAt: ZJsonDate.nullable(),
      pet: ZPetRef.nullable(),
      progress: z.number().int().min(0).max(100),
    })
    .nullable(),
});

const ZReview = z.object({ id: z.uuid(), rating: z.number().int(), text: z.string(), updatedAt: ZJsonDate });

export const listCoursesOp = defineOperation({
  method: "GET",
  path: "/api/v1/courses",
  summary: "Catalog: search, filter, sort",
  description: "The courses the caller may see; anonymous visitors see the public ones.",
  tags: ["courses"],
  auth: "optional",
  query: ZCatalogQuery,
  response: z.object({ courses: z.array(ZCatalogItem) }),
});

export const getCourseOp = defineOperation({
  method: "GET",
  path: "/api/v1/courses/{slug}",
  summary: "Course page with days, rating, reviews and the caller's enrolment",
  description: "A private course the caller has no access to answers 404, like an unknown slug.",
  tags: ["courses"],
  auth: "optional",
  params: ZCourseParams,
  response: z.object({ course: ZCoursePage }),
});

export const enrollOp = defineOperation({
  method: "POST",
  path: "/api/v1/courses/{slug}/enrollment",
  summary: "Enroll (again: change the pet)",
  tags: ["courses"],
  auth: "user",
  params: ZCourseParams,
  body: z.strictObject({ petId: z.uuid().nullable().optional() }),
  response: z.object({ enrollment: z.object({ id: z.uuid(), petId: z.uuid().nullable(), createdAt: ZJsonDate }) }),
  status: 201,
});

export const setFavoriteOp = defineOperation({
  method: "PUT",
  path: "/api/v1/courses/{slug}/favorite",
  summary: "Add to or remove from favourites",
  tags: ["courses"],
  auth: "user",
  params: ZCourseParams,
  body: z.strictObject({ favorite: z.boolean() }),
  response: z.object({ favorite: z.boolean() }),
});

export const saveReviewOp = defineOperation({
  method: "PUT",
  path: "/api/v1/courses/{slug}/review",
  summary: "The caller's review (one per course, editable)",
  description: "Rating 1–5 and a text, created or replaced; only enrolled students review.",
  tags: ["courses"],
  auth: "user",
  params: ZCourseParams,
  body: ZReviewInput,
  response: z.object({ review: ZReview }),
  errors: ["not_enrolled"],
});
