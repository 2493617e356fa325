"use client";

import { useEffect, useState } from "react";

/** The unread count in the header, kept live by the server-sent events stream (the browser reconnects by itself). */
export function InboxBell({ initial, label }: { initial: number; label: string }) {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    const source = new EventSource("/api/v1/notifications/stream");
    source.addEventListener("unread", (event) =>
      setCount((JSON.parse((event as MessageEvent).data) as { count: number }).count),
    );
    return () => source.close();
  }, []);
  return (
    <a className="inbox-bell" href="/notifications" aria-label={`${label}: ${count}`}>
      <svg
        aria-hidden="true"
        width="22"
        height="22"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {count > 0 && (
        <span className="inbox-count" data-testid="unread-count">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </a>
  );
}
