import type { TTranslate } from "../i18n";
import type { TNavItem } from "./app-shell";

/** Links to the other apps on the origin, shown only to roles that may open them. */
export function appLinks(
  t: TTranslate,
  allowed: { trainerPanel: boolean; errorDashboard: boolean; queues: boolean },
  currentPath: string,
): TNavItem[] {
  const links: (TNavItem & { show: boolean })[] = [
    { href: "/trainer", label: t("nav.trainerPanel"), show: allowed.trainerPanel },
    { href: "/errors", label: t("nav.errors"), show: allowed.errorDashboard },
    { href: "/queues", label: t("nav.queues"), show: allowed.queues },
  ];
  return links
    .filter((link) => link.show)
    .map(({ href, label }) => ({ href, label, current: currentPath.startsWith(href) }));
}
