import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export default async function NotFound() {
  const ctx = await getPageContext("/404");
  return (
    <WebShell ctx={ctx}>
      <section className="card narrow stack">
        <h1>{ctx.t("notFound.title")}</h1>
        <p>{ctx.t("notFound.text")}</p>
        <p>
          <a href="/">{ctx.t("nav.home")}</a>
        </p>
      </section>
    </WebShell>
  );
}
