import "server-only";
import { appLinks } from "../components/app-links";
import type { TNavItem } from "../components/app-shell";
import type { TShellUser } from "../components/user-menu";
import type { TLocale, TTranslate } from "../i18n";
import { getI18n } from "./get-i18n";

export type TShellContext<TUser> = { user: TUser; locale: TLocale; t: TTranslate; nav: TNavItem[]; path: string };

/**
 * Language and navigation for a page in any app. `own` is the app's own menu; links to the other apps are added
 * for the roles that may open them (the caller asks the permission policy and passes the answers).
 */
export async function getShellContext<TUser extends (TShellUser & { locale: string }) | null>({
  user,
  path,
  own,
  ownHref = "/",
  allowed,
}: {
  user: TUser;
  path: string;
  ownHref?: string;
  own: (t: TTranslate) => TNavItem[];
  allowed: { trainerPanel: boolean; errorDashboard: boolean; queues: boolean };
}): Promise<TShellContext<TUser>> {
  const { locale, t } = await getI18n(user?.locale);
  return { user, locale, t, path, nav: [...own(t), ...appLinks(t, allowed, path, ownHref)] };
}
