import { randomUUID } from "node:crypto";
import { createTestDatabase, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TEventEnvelope } from "../events/outbox";
import { listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";
import { notifyFromEvent } from "./notify-from-event";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

// Only the fields the handler reads: a fixture, not a row the relay would check.
const event = (eventType: string, data: Record<string, unknown>) =>
  ({
    eventId: randomUUID(),
    eventType,
    timestamp: new Date().toISOString(),
    actorId: null,
    data,
    metadata: { correlationId: randomUUID() },
  }) as TEventEnvelope;

describe("in-app notifications", () => {
  it("are written once per event and ignore events that tell the student nothing", async () => {
    const student = await makeUser(t.db);
    const badge = event("achievement.badge.awarded.v1", { userId: student.id, badge: "first_step" });
    expect(await notifyFromEvent({ db: t.db, event: badge })).toEqual([student.id]);
    expect(await notifyFromEvent({ db: t.db, event: badge })).toEqual([]);
    expect(
      await notifyFromEvent({ db: t.db, event: event("training.step.completed.v1", { userId: student.id }) }),
    ).toEqual([]);
    const inbox = await listNotifications({ db: t.db, userId: student.id });
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toEqual([
      expect.objectContaining({ kind: "badge_awarded", data: { badge: "first_step" }, readAt: null }),
    ]);
  });

  it("are marked read only for their owner", async () => {
    const owner = await makeUser(t.db);
    const other = await makeUser(t.db);
    await notifyFromEvent({
      db: t.db,
      event: event("achievement.badge.awarded.v1", { userId: owner.id, badge: "first_day" }),
    });
    const [item] = (await listNotifications({ db: t.db, userId: owner.id })).items;
    expect(await markNotificationsRead({ db: t.db, userId: other.id, ids: [item!.id] })).toEqual({ marked: 0 });
    expect((await listNotifications({ db: t.db, userId: owner.id })).unread).toBe(1);
    expect(await markNotificationsRead({ db: t.db, userId: owner.id })).toEqual({ marked: 1 });
    expect((await listNotifications({ db: t.db, userId: owner.id })).unread).toBe(0);
  });
});
