import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gafus" };

export default async function HomePage() {
  const ctx = await getPageContext("/");
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <section className="stack">
        <h1>{ctx.t("trainer.welcome")}</h1>
        <p className="muted">{ctx.t("trainer.lead")}</p>
      </section>
    </SectionShell>
  );
}
