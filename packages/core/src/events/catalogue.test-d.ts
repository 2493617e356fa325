// Type-level tests of the event catalogue, checked by `tsc --noEmit` (the package's typecheck), never run: each
// `@ts-expect-error` line must fail to compile, so a catalogue that stopped catching the mistake fails the check.
import type { Prisma } from "@gafus/prisma";
import type { TEventEnvelope } from "./catalogue";
import { appendOutboxEvent } from "./outbox";

const where = { aggregateType: "report", aggregateId: "r", actorId: null };
const reportId = "00000000-0000-4000-8000-000000000000";

export async function producers(tx: Prisma.TransactionClient) {
  await appendOutboxEvent(tx, { ...where, eventType: "reports.report.requested.v1", data: { reportId } });
  // @ts-expect-error a misspelt event type
  await appendOutboxEvent(tx, { ...where, eventType: "reports.report.requestd.v1", data: { reportId } });
  // @ts-expect-error a missing field
  await appendOutboxEvent(tx, { ...where, eventType: "reports.report.requested.v1", data: {} });
  // @ts-expect-error a renamed field
  await appendOutboxEvent(tx, { ...where, eventType: "reports.report.requested.v1", data: { report: reportId } });
  await appendOutboxEvent(tx, {
    ...where,
    eventType: "achievement.badge.awarded.v1",
    // @ts-expect-error a value outside the field's type
    data: { userId: reportId, badge: "first_flight" },
  });
  const written = await appendOutboxEvent(tx, {
    ...where,
    eventType: "ai.request.created.v1",
    data: { requestId: reportId },
  });
  const requestId: string = written.data.requestId;
  return requestId;
}

export function handlers(event: TEventEnvelope) {
  // @ts-expect-error data is not readable before the type is narrowed: not every event has a userId
  void event.data.userId;
  if (event.eventType === "training.exam.reviewed.v1") {
    const dayNumber: number = event.data.dayNumber;
    // @ts-expect-error a field this event does not have
    void event.data.badge;
    return dayNumber;
  }
  // @ts-expect-error an event type that is not in the catalogue can never match
  if (event.eventType === "training.exam.reviewd.v1") return 0;
  return null;
}
