import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export default async function NotFound() {
  const ctx = await getPageContext("/404");
  return (
    <WebShell ctx={ctx}>
      <section className="card narrow stack">
        <h1>404</h1>
        <p>
          <a href="/">{ctx.t("nav.home")}</a>
        </p>
      </section>
    </WebShell>
  );
}
