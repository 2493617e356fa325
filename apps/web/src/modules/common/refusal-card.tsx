import type { AppError } from "@gafus/core";
import type { TTranslate } from "@gafus/ui/i18n";

const KNOWN = ["not_enrolled", "day_locked"] as const;

/** A refusal from the domain (403) as a page a person understands, in their language, with a way back. */
export function RefusalCard({
  t,
  error,
  backHref = "/courses",
}: {
  t: TTranslate;
  error: AppError;
  backHref?: string;
}) {
  const code = KNOWN.find((k) => k === error.error) ?? "forbidden";
  return (
    <section className="card narrow stack" aria-labelledby="refusal-title">
      <h1 id="refusal-title">{t("access.deniedTitle")}</h1>
      <p>{t(`refusal.${code}`)}</p>
      <p>
        <a className="button" href={backHref}>
          {t("nav.courses")}
        </a>
      </p>
    </section>
  );
}
