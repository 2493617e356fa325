import type { TCoursePreview } from "@gafus/core";
import { StepCard, StepTaskPreview } from "@gafus/ui/content";
import type { TTranslate } from "@gafus/ui/i18n";

type TStep = TCoursePreview["days"][number]["steps"][number];

/**
 * One step exactly as the student's day page draws it — the same StepCard from @gafus/ui/content — but read-only:
 * no progress, and what the step asks for is shown inert, because a preview records nothing.
 */
export function StepPreview({ step, t }: { step: TStep; t: TTranslate }) {
  const id = `preview-step-${step.id}-${step.number}`;
  return (
    <StepCard step={step} t={t} id={id} headingLevel={3} readOnly>
      <StepTaskPreview step={step} t={t} id={id} />
    </StepCard>
  );
}
