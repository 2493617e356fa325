import { requireSessionUser } from "@gafus/auth/next";
import { listVisibleNotes } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import type { Metadata } from "next";
import { TrainerNotes } from "@/modules/insights/trainer-notes";
import { NotificationSection } from "@/modules/notify/notification-section";
import { AccountSecuritySection } from "@/modules/profile/account-security-section";
import { ProfileForm } from "@/modules/profile/profile-form";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireSessionUser("/profile");
  const ctx = await getPageContext("/profile");
  const { t } = ctx;
  const notes = await listVisibleNotes({ db: getDb(), userId: user.id });
  const timezones = Intl.supportedValuesOf("timeZone");
  if (!timezones.includes(user.timezone)) timezones.unshift(user.timezone);
  return (
    <WebShell ctx={ctx}>
      <section className="card narrow stack" aria-labelledby="profile-title">
        <h1 id="profile-title">{t("profile.title")}</h1>
        <p className="muted">
          {t("profile.role")}: {t(`role.${user.role}`)}
        </p>
        <ProfileForm
          profile={user}
          timezones={timezones}
          labels={{
            name: t("auth.name"),
            email: t("auth.email"),
            locale: t("profile.locale"),
            timezone: t("profile.timezone"),
            save: t("profile.save"),
            saved: t("profile.saved"),
            fixFields: t("auth.fixFields"),
            nameRequired: t("auth.nameRequired"),
            loading: t("common.loading"),
            locales: { ru: t("locale.ru"), en: t("locale.en") },
          }}
        />
      </section>
      <AccountSecuritySection email={user.email} t={t} />
      <TrainerNotes notes={notes} t={t} locale={ctx.locale} timeZone={user.timezone} />
      <NotificationSection userId={user.id} timezone={user.timezone} t={t} />
    </WebShell>
  );
}
