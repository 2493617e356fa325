"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useEffect } from "react";

/**
 * Opening the inbox marks what it shows as read (the header count follows through the live stream). Nobody asked
 * for it, so a failure says nothing: the count in the header simply stays, which is the truth.
 */
export function MarkAllRead({ hasUnread }: { hasUnread: boolean }) {
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated && hasUnread) void apiCall("/api/v1/notifications/read", { method: "POST", json: {} });
  }, [hydrated, hasUnread]);
  return null;
}
