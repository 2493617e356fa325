import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/modules/auth/login-form";
import { safeCallback } from "@/modules/auth/auth-requests";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export const metadata: Metadata = { title: "Sign in" };

type TProps = { searchParams: Promise<{ callbackUrl?: string; signedOut?: string }> };

export default async function LoginPage({ searchParams }: TProps) {
  const { callbackUrl, signedOut } = await searchParams;
  const ctx = await getPageContext("/login");
  if (ctx.user) redirect(safeCallback(callbackUrl));
  const { t } = ctx;
  return (
    <WebShell ctx={ctx}>
      <section className="card narrow stack" aria-labelledby="login-title">
        <h1 id="login-title">{t("auth.signInTitle")}</h1>
        {signedOut && (
          <p className="alert success" role="status">
            {t("auth.signedOut")}
          </p>
        )}
        <LoginForm
          callbackUrl={callbackUrl}
          labels={{
            email: t("auth.email"),
            password: t("auth.password"),
            submit: t("auth.signIn"),
            invalid: t("auth.invalidCredentials"),
            rateLimited: t("auth.rateLimited"),
            loading: t("common.loading"),
          }}
        />
        <p>
          {t("auth.noAccount")} <a href="/register">{t("auth.register")}</a>
        </p>
      </section>
    </WebShell>
  );
}
