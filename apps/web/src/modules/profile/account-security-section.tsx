import type { TTranslate } from "@gafus/ui/i18n";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

/** The profile's security part: change the password, or end every session of the account. */
export function AccountSecuritySection({ email, t }: { email: string; t: TTranslate }) {
  return (
    <section
      className="card narrow stack"
      aria-labelledby="security-title"
      id="security"
      style={{ marginTop: "1.5rem" }}
    >
      <h2 id="security-title">{t("profile.security")}</h2>
      <ChangePasswordForm
        email={email}
        labels={{
          title: t("profile.password.title"),
          current: t("profile.password.current"),
          new: t("profile.password.new"),
          repeat: t("profile.password.repeat"),
          hint: t("auth.passwordHint"),
          submit: t("profile.password.submit"),
          changed: t("profile.password.changed"),
          loading: t("common.loading"),
          messages: {
            wrongPassword: t("profile.password.wrong"),
            currentRequired: t("profile.password.currentRequired"),
            passwordLength: t("auth.passwordLength"),
            passwordCommon: t("auth.passwordCommon"),
            passwordHasEmail: t("auth.passwordHasEmail"),
            mismatch: t("profile.password.mismatch"),
            fixFields: t("auth.fixFields"),
          },
        }}
      />
      <h3>{t("profile.signOutEverywhere")}</h3>
      <SignOutEverywhere
        labels={{
          action: t("profile.signOutEverywhere"),
          hint: t("profile.signOutEverywhere.hint"),
          confirm: t("profile.signOutEverywhere.confirm"),
          yes: t("profile.signOutEverywhere.yes"),
          cancel: t("profile.signOutEverywhere.cancel"),
          loading: t("common.loading"),
        }}
      />
    </section>
  );
}
