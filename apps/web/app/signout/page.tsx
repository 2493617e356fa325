import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/modules/auth/sign-out-button";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export const metadata: Metadata = { title: "Sign out" };

// A confirmation page rather than a sign-out link: a GET must not change state (prefetchers follow links).
export default async function SignOutPage() {
  const ctx = await getPageContext("/signout");
  if (!ctx.user) redirect("/login");
  const { t } = ctx;
  return (
    <WebShell ctx={ctx}>
      <section className="card narrow stack" aria-labelledby="signout-title">
        <h1 id="signout-title">{t("auth.signOutConfirm")}</h1>
        <SignOutButton label={t("auth.signOut")} loading={t("common.loading")} failed={t("auth.genericError")} />
      </section>
    </WebShell>
  );
}
