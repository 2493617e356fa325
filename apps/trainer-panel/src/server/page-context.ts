import "server-only";
import { can } from "@gafus/auth";
import { allowedApps, requireAccess } from "@gafus/auth/next";
import { countPendingExams } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { getShellContext } from "@gafus/ui/next";

/**
 * Every page of this app: signed-out visitors go to sign in; signed-in users whose role may not open the app
 * get `allowed: false`, and the page shows the no-access screen (the check sits in each page, not the layout).
 */
export async function getPageContext(path: string) {
  const fullPath = path === "/" ? "/trainer" : "/trainer" + path;
  const { user, allowed } = await requireAccess("app:trainer-panel", fullPath);
  const pending = allowed ? await countPendingExams({ db: getDb(), actor: user }) : 0;
  const ctx = await getShellContext({
    user,
    path: fullPath,
    ownHref: "/trainer",
    allowed: allowedApps(user),
    own: (t) =>
      allowed
        ? [
            { href: "/trainer", label: t("nav.dashboard"), current: path === "/" },
            {
              href: "/trainer/exams",
              label: pending ? `${t("trainer.exams")} (${pending})` : t("trainer.exams"),
              current: path.startsWith("/exams"),
            },
            ...(can(user, "course:create") || can(user, "course:list-all")
              ? [
                  {
                    href: "/trainer/courses",
                    label: t(can(user, "course:list-all") ? "authoring.courses.allTitle" : "authoring.nav.courses"),
                    current: path.startsWith("/courses"),
                  },
                ]
              : []),
            ...(can(user, "course:create")
              ? [
                  {
                    href: "/trainer/templates",
                    label: t("authoring.nav.templates"),
                    current: path.startsWith("/templates"),
                  },
                ]
              : []),
            { href: "/trainer/videos", label: t("videos.title"), current: path.startsWith("/videos") },
            { href: "/trainer/stats", label: t("insights.nav.stats"), current: path.startsWith("/stats") },
            { href: "/trainer/students", label: t("insights.nav.students"), current: path.startsWith("/students") },
            { href: "/trainer/reports", label: t("insights.nav.reports"), current: path.startsWith("/reports") },
            ...(can(user, "reengagement:metrics")
              ? [
                  {
                    href: "/trainer/admin/reengagement",
                    label: t("notify.admin.title"),
                    current: path === "/admin/reengagement",
                  },
                ]
              : []),
          ]
        : [],
  });
  return { ...ctx, allowed, pending };
}
