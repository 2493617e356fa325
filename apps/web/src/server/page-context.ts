import "server-only";
import type { TSessionUser } from "@gafus/auth";
import { allowedApps, getSessionUser } from "@gafus/auth/next";
import { getShellContext, type TShellContext } from "@gafus/ui/next";

export type TPageContext = TShellContext<TSessionUser | null>;

/** What every page of the web app needs: the user, the language and the navigation for this path. */
export async function getPageContext(path: string): Promise<TPageContext> {
  const user = await getSessionUser();
  return getShellContext({
    user,
    path,
    allowed: allowedApps(user),
    own: (t) => [
      { href: "/", label: t("nav.home"), current: path === "/" },
      { href: "/courses", label: t("nav.courses"), current: path.startsWith("/courses") },
      ...(user
        ? [
            { href: "/achievements", label: t("nav.achievements"), current: path === "/achievements" },
            { href: "/pets", label: t("nav.pets"), current: path === "/pets" },
            { href: "/reminders", label: t("notify.nav.reminders"), current: path === "/reminders" },
          ]
        : []),
    ],
  });
}
