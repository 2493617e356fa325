import type { TEventEnvelope } from "@gafus/core";
import type { TLogger } from "@gafus/logger";
import type { TDb } from "@gafus/prisma";
import { startPush } from "./push";
import { channelsFromEnv } from "./push-channels";
import { startReengagement } from "./reengagement";
import { startReminders } from "./reminders";

/** Push, reminders and re-engagement together: the latter two hand their notifications to the push fan-out. */
export function startNotificationJobs({ db, logger }: { db: TDb; logger: TLogger }) {
  const push = startPush({ db, logger, channels: channelsFromEnv() });
  const reminders = startReminders({ db, logger, fanOut: push.fanOut });
  const reengagement = startReengagement({ db, logger, fanOut: push.fanOut });
  return {
    /** For the events worker, after the in-app handler: deliver event notifications, schedule timer ends. */
    eventHandlers: [
      { name: "push fan-out", handle: (event: TEventEnvelope) => push.fanOut({ eventId: event.eventId }) },
      { name: "step timer ends", handle: (event: TEventEnvelope) => reminders.onEvent(event) },
    ],
    async close() {
      await Promise.allSettled([push.close(), reminders.close(), reengagement.close()]);
    },
  };
}
