import { ZMarkRead } from "@gafus/core";
import { defineOperation, ZJsonDate } from "@gafus/http";
import { z } from "zod";

export const listNotificationsOp = defineOperation({
  method: "GET",
  path: "/api/v1/notifications",
  summary: "Latest in-app notifications and the unread count",
  tags: ["notifications"],
  auth: "user",
  response: z.object({
    items: z.array(
      z.object({
        id: z.uuid(),
        kind: z.string(),
        data: z.unknown().meta({ description: "what the kind's message is rendered from (a JSON object)" }),
        readAt: ZJsonDate.nullable(),
        createdAt: ZJsonDate,
      }),
    ),
    unread: z.number().int(),
  }),
});

export const markNotificationsReadOp = defineOperation({
  method: "POST",
  path: "/api/v1/notifications/read",
  summary: "Mark notifications (or all) read",
  description: "`ids` of the caller's notifications; without it, all of them. Other users' ids are ignored.",
  tags: ["notifications"],
  auth: "user",
  body: ZMarkRead,
  response: z.object({ marked: z.number().int() }),
});

export const notificationStreamOp = defineOperation({
  method: "GET",
  path: "/api/v1/notifications/stream",
  summary: "Server-sent events: `unread` with the count, live",
  description: "`event: unread` with `{ count }` now and whenever the inbox changes; a comment line every 25 s.",
  tags: ["notifications"],
  auth: "user",
  produces: "text/event-stream",
});
