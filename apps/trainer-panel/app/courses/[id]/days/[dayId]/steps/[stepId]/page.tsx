import { aiEnv } from "@gafus/config";
import { getStepForEditing, listReadyVideos } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/authoring/authoring.css";
import { Refusal } from "@/modules/authoring/refusal";
import { assertIds, getAuthoringContext, loadOrRefuse } from "@/modules/authoring/server";
import { StepForm } from "@/modules/authoring/step-form";
import { SaveTemplateForm } from "@/modules/authoring/template-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Step editor · Gafus" };

type TProps = { params: Promise<{ id: string; dayId: string; stepId: string }> };

export default async function StepEditorPage({ params }: TProps) {
  const { id, dayId, stepId } = await params;
  const ctx = await getAuthoringContext(`/courses/${id}/days/${dayId}/steps/${stepId}`);
  const { t, L, user } = ctx;
  if (!ctx.allowed)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        {null}
      </SectionShell>
    );
  assertIds(id, dayId, stepId);
  const db = getDb();
  const step = await loadOrRefuse(() => getStepForEditing({ db, actor: user, stepId }));
  if (!step)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        <Refusal t={t} />
      </SectionShell>
    );
  const videos = await listReadyVideos({ db, ownerId: step.authorId });
  const dayHref = `/trainer/courses/${id}/days/${dayId}`;
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <article className="stack narrow-wide">
        <p>
          <a href={dayHref}>← {t("authoring.backToDay")}</a>
        </p>
        <h1>{step.title}</h1>
        {step.usedIn.length > 1 && (
          <p className="alert info" role="note">
            {t("authoring.step.shared", {
              count: step.usedIn.length,
              courses: step.usedIn.map((c) => `«${c.title}»`).join(", "),
            })}
          </p>
        )}
        <StepForm
          dayId={dayId}
          backHref={dayHref}
          videos={videos}
          aiConfigured={Boolean(aiEnv().AI_BASE_URL)}
          L={L}
          step={step}
        />
        <SaveTemplateForm stepId={step.id} L={L} />
      </article>
    </SectionShell>
  );
}
