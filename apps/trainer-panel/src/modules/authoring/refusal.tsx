import type { TTranslate } from "@gafus/ui/i18n";

/** Shown in place of an editor to a role that may look at the panel but not edit (a moderator). */
export function Refusal({ t }: { t: TTranslate }) {
  return (
    <section className="card stack narrow">
      <h1>{t("access.deniedTitle")}</h1>
      <p>{t("authoring.courses.moderatorHint")}</p>
      <p>
        <a href="/trainer/courses">{t("authoring.courses.allTitle")}</a>
      </p>
    </section>
  );
}
