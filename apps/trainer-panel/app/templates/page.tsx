import { can } from "@gafus/auth";
import { listStepTemplates } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import "@/modules/authoring/authoring.css";
import { categoryName } from "@/modules/authoring/labels";
import { Refusal } from "@/modules/authoring/refusal";
import { getAuthoringContext } from "@/modules/authoring/server";
import { DeleteTemplateButton } from "@/modules/authoring/template-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Step templates · Gafus" };

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ category?: string }> }) {
  const ctx = await getAuthoringContext("/templates");
  const { t, L, user } = ctx;
  if (!ctx.allowed)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        {null}
      </SectionShell>
    );
  if (!can(user, "course:create"))
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        <Refusal t={t} />
      </SectionShell>
    );
  const requested = (await searchParams).category?.slice(0, 60) || undefined;
  const { templates, categories } = await listStepTemplates({ db: getDb(), actor: user, category: requested });
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <section className="stack" aria-labelledby="templates-title">
        <h1 id="templates-title">{t("authoring.templates.title")}</h1>
        <p className="muted">{t("authoring.templates.lead")}</p>
        <form className="filters" method="get">
          <div className="field">
            <label htmlFor="category">{t("authoring.templates.category")}</label>
            <select id="category" name="category" defaultValue={requested ?? ""}>
              <option value="">{t("authoring.templates.all")}</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {categoryName(L, c)}
                </option>
              ))}
            </select>
          </div>
          <button className="button" type="submit">
            {t("authoring.templates.show")}
          </button>
        </form>
        {templates.length === 0 && <p className="muted">{t("authoring.templates.empty")}</p>}
        <ul className="grid">
          {templates.map((template) => (
            <li key={template.id} className="card stack">
              <p className="row wrap">
                <span className="tag">{categoryName(L, template.category)}</span>
                <span className="badge">{t(`stepType.${template.type}`)}</span>
                <span className="badge">
                  {t(template.isBuiltIn ? "authoring.templates.builtIn" : "authoring.templates.mine")}
                </span>
              </p>
              <h2 className="course-card-title">{template.title}</h2>
              {template.content && <p className="small muted clamp">{template.content}</p>}
              {!template.isBuiltIn && <DeleteTemplateButton templateId={template.id} title={template.title} L={L} />}
            </li>
          ))}
        </ul>
      </section>
    </SectionShell>
  );
}
