import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/modules/auth/register-form";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export const metadata: Metadata = { title: "Create account" };

export default async function RegisterPage() {
  const ctx = await getPageContext("/register");
  if (ctx.user) redirect("/");
  const { t } = ctx;
  return (
    <WebShell ctx={ctx}>
      <section className="card narrow stack" aria-labelledby="register-title">
        <h1 id="register-title">{t("auth.registerTitle")}</h1>
        <RegisterForm
          locale={ctx.locale}
          labels={{
            name: t("auth.name"),
            email: t("auth.email"),
            password: t("auth.password"),
            passwordHint: t("auth.passwordHint"),
            submit: t("auth.register"),
            loading: t("common.loading"),
            messages: {
              rateLimited: t("auth.rateLimited", { minutes: 15 }),
              emailTaken: t("auth.emailTaken"),
              invalidEmail: t("auth.invalidEmail"),
              nameRequired: t("auth.nameRequired"),
              passwordLength: t("auth.passwordLength"),
              passwordCommon: t("auth.passwordCommon"),
              passwordHasEmail: t("auth.passwordHasEmail"),
              fixFields: t("auth.fixFields"),
            },
          }}
        />
        <p>
          {t("auth.haveAccount")} <a href="/login">{t("auth.signIn")}</a>
        </p>
      </section>
    </WebShell>
  );
}
