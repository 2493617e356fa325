import type { TEventEnvelope, TPlannedDelivery } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import type { TInboxBus } from "@gafus/queues";
import { startPush } from "./push";
import { channelsFromEnv } from "./push-channels";
import { startReengagement } from "./reengagement";
import { startReminders } from "./reminders";

/** Push, reminders and re-engagement together: the latter two hand their notifications to the push fan-out. */
export function startNotificationJobs({ db, logger, inbox }: { db: TDb; logger: TLogger; inbox: TInboxBus }) {
  const push = startPush({ db, logger, channels: channelsFromEnv() });
  // Reminders and re-engagement commit their delivery rows with the notification; this only enqueues them.
  const notify = async ({ userIds, deliveries }: { userIds: string[]; deliveries: TPlannedDelivery[] }) => {
    // Live inbox count first (best effort: the inbox shows the row on the next load anyway), then push delivery.
    await Promise.all(userIds.map((userId) => inbox.publish(userId).catch(() => undefined)));
    return push.enqueue(deliveries);
  };
  const reminders = startReminders({ db, logger, fanOut: notify });
  const reengagement = startReengagement({ db, logger, fanOut: notify });
  return {
    /** For the events worker, after the in-app handler: deliver event notifications, schedule timer ends. */
    eventHandlers: [
      { name: "push fan-out", handle: (event: TEventEnvelope) => push.fanOut({ eventId: event.eventId }) },
      { name: "step timer ends", handle: (event: TEventEnvelope) => reminders.onEvent(event) },
    ],
    async close() {
      // Reminders and re-engagement enqueue into the push queues: they stop first.
      await Promise.all([reminders.close(), reengagement.close()]);
      await push.close();
    },
  };
}
