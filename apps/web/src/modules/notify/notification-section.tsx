import { pushEnv } from "@gafus/config";
import { getNotificationSettings, listPushSubscriptions } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import type { TTranslate } from "@gafus/ui/i18n";
import { NotificationSettingsForm } from "./notification-settings-form";
import { PushToggle } from "./push-toggle";

/** The profile's notification part: this browser's push state, then channels, kinds and quiet hours. */
export async function NotificationSection({
  userId,
  timezone,
  t,
}: {
  userId: string;
  timezone: string;
  t: TTranslate;
}) {
  const [settings, subscriptions] = await Promise.all([
    getNotificationSettings({ db: getDb(), userId }),
    listPushSubscriptions({ db: getDb(), userId }),
  ]);
  return (
    <section
      className="card narrow stack"
      aria-labelledby="notify-title"
      id="notifications"
      style={{ marginTop: "1.5rem" }}
    >
      <h2 id="notify-title">{t("notify.settings.title")}</h2>
      <PushToggle
        publicKey={pushEnv().VAPID_PUBLIC_KEY ?? null}
        labels={{
          title: t("notify.push.title"),
          enable: t("notify.push.enable"),
          disable: t("notify.push.disable"),
          on: t("notify.push.on"),
          off: t("notify.push.off"),
          denied: t("notify.push.denied"),
          unsupported: t("notify.push.unsupported"),
          notConfigured: t("notify.push.notConfigured"),
          devices: t("notify.push.devices", { count: subscriptions.length }),
          failed: t("notify.push.failed"),
        }}
      />
      <NotificationSettingsForm
        settings={settings}
        labels={{
          channels: t("notify.channels"),
          channelNames: { PUSH: t("notify.channel.PUSH"), TELEGRAM: t("notify.channel.TELEGRAM") },
          kinds: t("notify.kinds"),
          kindNames: {
            reminder: t("notify.kind.reminder"),
            timer_finished: t("notify.kind.timer_finished"),
            reengagement: t("notify.kind.reengagement"),
            exam_reviewed: t("notify.kind.exam_reviewed"),
            badge_awarded: t("notify.kind.badge_awarded"),
          },
          quiet: t("notify.quiet"),
          quietStart: t("notify.quietStart"),
          quietEnd: t("notify.quietEnd"),
          quietOff: t("notify.quietOff"),
          quietHint: t("notify.quietHint", { tz: timezone }),
          save: t("notify.save"),
          saved: t("notify.saved"),
        }}
      />
    </section>
  );
}
