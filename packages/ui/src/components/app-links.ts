import type { TTranslate } from "../i18n";
import type { TNavItem } from "./app-shell";

/**
 * Links to the other apps on the origin, shown only to roles that may open them; `ownHref` is the app the page is
 * in (its own menu covers it). Outside the web app a link back to the student app comes first.
 */
export function appLinks(
  t: TTranslate,
  allowed: { trainerPanel: boolean; errorDashboard: boolean; queues: boolean },
  currentPath: string,
  ownHref = "/",
): TNavItem[] {
  const links: (TNavItem & { show: boolean })[] = [
    { href: "/", label: t("nav.studentApp"), show: ownHref !== "/" },
    { href: "/trainer", label: t("nav.trainerPanel"), show: allowed.trainerPanel },
    { href: "/errors", label: t("nav.errors"), show: allowed.errorDashboard },
    { href: "/queues", label: t("nav.queues"), show: allowed.queues },
  ];
  return links
    .filter((link) => link.show && link.href !== ownHref)
    .map(({ href, label }) => ({ href, label, current: href !== "/" && currentPath.startsWith(href) }));
}
