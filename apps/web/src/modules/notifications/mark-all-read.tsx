"use client";

import { useHydrated } from "@gafus/ui/client";
import { useEffect } from "react";
import { apiCall } from "../common/api-client";

/** Opening the inbox marks what it shows as read (the header count follows through the live stream). */
export function MarkAllRead({ hasUnread }: { hasUnread: boolean }) {
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated && hasUnread) void apiCall("/api/v1/notifications/read", "POST", {});
  }, [hydrated, hasUnread]);
  return null;
}
