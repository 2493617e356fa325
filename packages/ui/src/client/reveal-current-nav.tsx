"use client";

import { useEffect, useRef } from "react";

/**
 * On a phone the navigation is one row that scrolls sideways (theme.css); this brings the current page's link into
 * that row's view, so the reader sees where they are. Only the row scrolls, never the page.
 */
export function RevealCurrentNav() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const list = marker.current?.closest("nav")?.querySelector("ul");
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = current.offsetLeft - list.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }, []);
  return <span ref={marker} hidden />;
}
