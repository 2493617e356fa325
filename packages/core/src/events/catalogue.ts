import { Locale, Role } from "@gafus/prisma";
import { ZEventJob } from "@gafus/queues";
import { z } from "zod";
import { BADGES } from "../achievements/badges";

const id = z.uuid();
const at = z.iso.datetime();
const dayNumber = z.number().int().nonnegative();

/** One event type and its data, on the envelope every event shares (DESIGN.md "Events"). */
const event = <TType extends string, TData extends z.ZodType>(eventType: TType, data: TData) =>
  ZEventJob.extend({ eventType: z.literal(eventType), data });

/**
 * Every event the platform writes, one entry per type: what `data` holds. Producers (appendOutboxEvent) and
 * handlers share it, so a misspelt type or a missing or renamed field fails the type check, and a row that does not
 * fit (written by hand, or by a newer version) is held back at the relay. A changed meaning is a new version
 * (`….v2`) next to the old one until no row of the old is left.
 */
export const ZEventEnvelope = z.discriminatedUnion("eventType", [
  event("user.account.registered.v1", z.object({ userId: id, locale: z.enum(Locale) })),
  event("training.course.enrolled.v1", z.object({ userId: id, courseId: id, petId: id.nullable() })),
  event(
    "training.step.timer_started.v1",
    z.object({
      userId: id,
      userStepId: id,
      runningSince: at,
      endsAt: at,
      courseSlug: z.string(),
      dayNumber,
      stepNumber: z.number().int().nonnegative(),
      /** Personalised ({name}, {pet} filled in) for the notification. */
      stepTitle: z.string(),
    }),
  ),
  event(
    "training.step.completed.v1",
    z.object({
      userId: id,
      courseId: id,
      dayOnCourseId: id,
      stepId: id,
      stepType: z.enum(["TRAINING", "PRACTICE", "THEORY", "BREAK", "EXAMINATION", "DIARY"]),
      completedAt: at,
    }),
  ),
  event(
    "training.day.completed.v1",
    z.object({ userId: id, courseId: id, dayOnCourseId: id, dayNumber, completedAt: at }),
  ),
  event("training.course.completed.v1", z.object({ userId: id, courseId: id, completedAt: at })),
  event("training.exam.submitted.v1", z.object({ examId: id, userId: id, courseId: id, trainerId: id, stepId: id })),
  event(
    "training.exam.reviewed.v1",
    z.object({
      examId: id,
      /** The student whose exam it is (the actor is the reviewer). */
      userId: id,
      status: z.enum(["APPROVED", "REJECTED"]),
      courseId: id,
      courseSlug: z.string(),
      courseTitle: z.string(),
      dayNumber,
    }),
  ),
  event("achievement.badge.awarded.v1", z.object({ userId: id, badge: z.enum(BADGES) })),
  event(
    "content.course.published.v1",
    z.object({
      courseId: id,
      slug: z.string(),
      title: z.string(),
      authorId: id,
      visibility: z.enum(["PUBLIC", "PRIVATE"]),
      dayCount: z.number().int().positive(),
    }),
  ),
  event(
    "content.course.unpublished.v1",
    z.object({ courseId: id, slug: z.string(), title: z.string(), authorId: id, byRole: z.enum(Role) }),
  ),
  event("reports.report.requested.v1", z.object({ reportId: id })),
  event("ai.request.created.v1", z.object({ requestId: id })),
  /**
   * No handler reacts to it: the outbox tests and the queue benchmark send it to time and order the outbox → queue
   * path without side effects. Its data is numbered markers of the sender's choosing.
   */
  event("system.outbox.probed.v1", z.record(z.string(), z.number())),
]);

export type TEventEnvelope = z.infer<typeof ZEventEnvelope>;
export type TEventType = TEventEnvelope["eventType"];
/** The envelope of one event type, its `data` typed. */
export type TEventOf<TType extends TEventType> = Extract<TEventEnvelope, { eventType: TType }>;
export type TEventData<TType extends TEventType> = TEventOf<TType>["data"];

export const EVENT_TYPES: readonly TEventType[] = ZEventEnvelope.options.map((o) => o.shape.eventType.value);
