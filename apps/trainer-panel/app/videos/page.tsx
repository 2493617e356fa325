import { can } from "@gafus/auth";
import { videoEnv } from "@gafus/config";
import { listVideos } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import { videoLabels } from "@/modules/videos/labels";
import { VideosPanel } from "@/modules/videos/videos-panel";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Videos · Gafus" };

const sizeLabel = (bytes: number, locale: string) => {
  const [gb, mb] = locale === "ru" ? ["ГБ", "МБ"] : ["GB", "MB"];
  return bytes >= 1024 ** 3 ? `${+(bytes / 1024 ** 3).toFixed(1)} ${gb}` : `${Math.round(bytes / 1024 ** 2)} ${mb}`;
};

const durationLabel = (sec: number, locale: string) =>
  sec < 120 ? `${sec} ${locale === "ru" ? "с" : "s"}` : `${Math.round(sec / 60)} ${locale === "ru" ? "мин" : "min"}`;

export default async function VideosPage() {
  const ctx = await getPageContext("/videos");
  const { t } = ctx;
  const { VIDEO_MAX_BYTES, VIDEO_MAX_DURATION_SEC } = videoEnv();
  // Moderators open the panel but own no videos: the list is for trainers and admins.
  const canManage = ctx.allowed && can(ctx.user, "media:manage");
  const videos = canManage ? await listVideos({ db: getDb(), actor: ctx.user }) : [];
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <section className="stack" aria-labelledby="videos-title">
        <h1 id="videos-title">{t("videos.title")}</h1>
        <p className="muted">{t("videos.lead", { max: sizeLabel(VIDEO_MAX_BYTES, ctx.locale) })}</p>
        {canManage && (
          <VideosPanel
            initial={videos}
            labels={videoLabels(t, {
              max: sizeLabel(VIDEO_MAX_BYTES, ctx.locale),
              limit: durationLabel(VIDEO_MAX_DURATION_SEC, ctx.locale),
            })}
            listTitle={t("videos.list")}
            maxBytes={VIDEO_MAX_BYTES}
            maxLabel={sizeLabel(VIDEO_MAX_BYTES, ctx.locale)}
          />
        )}
      </section>
    </SectionShell>
  );
}
