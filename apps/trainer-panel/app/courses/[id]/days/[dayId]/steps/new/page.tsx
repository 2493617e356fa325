import { getDayForEditing, listReadyVideos, STEP_TYPES } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/authoring/authoring.css";
import { Refusal } from "@/modules/authoring/refusal";
import { assertIds, getAuthoringContext, loadOrRefuse } from "@/modules/authoring/server";
import { StepForm } from "@/modules/authoring/step-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New step · Gafus" };

type TProps = { params: Promise<{ id: string; dayId: string }>; searchParams: Promise<{ type?: string }> };

export default async function NewStepPage({ params, searchParams }: TProps) {
  const { id, dayId } = await params;
  const requested = (await searchParams).type;
  const type = STEP_TYPES.find((t) => t === requested) ?? "THEORY";
  const ctx = await getAuthoringContext(`/courses/${id}/days/${dayId}/steps/new`);
  const { t, L, user } = ctx;
  if (!ctx.allowed)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        {null}
      </SectionShell>
    );
  assertIds(id, dayId);
  const db = getDb();
  const day = await loadOrRefuse(() => getDayForEditing({ db, actor: user, dayId }));
  if (!day)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        <Refusal t={t} />
      </SectionShell>
    );
  const videos = await listReadyVideos({ db, ownerId: day.authorId });
  const dayHref = `/trainer/courses/${id}/days/${dayId}`;
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <article className="stack narrow-wide">
        <p>
          <a href={dayHref}>
            ← {t("authoring.backToDay")}: {day.title}
          </a>
        </p>
        <h1>
          {t("authoring.step.new")} · {t(`stepType.${type}`)}
        </h1>
        <StepForm
          dayId={dayId}
          backHref={dayHref}
          videos={videos}
          L={L}
          step={{
            title: "",
            type,
            content: "",
            durationSec: type === "TRAINING" ? 60 : null,
            videoUrl: null,
            videoAssetId: null,
            checklist: [],
            quiz: type === "EXAMINATION" ? { questions: [] } : null,
            requiresWrittenAnswer: false,
            requiresVideo: false,
          }}
        />
      </article>
    </SectionShell>
  );
}
