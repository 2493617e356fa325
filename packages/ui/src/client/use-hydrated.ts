"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False during server rendering and until React has attached its handlers in the browser. Action buttons stay
 * disabled until then: a click on a server-rendered button before hydration would do nothing (or, on a form,
 * submit it natively with its fields in the URL).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
