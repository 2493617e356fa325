import type { TTranslate } from "../i18n";
import type { TShellUser } from "./user-menu";

/** What a signed-in user sees in a section their role does not open: a clear page with a way back, never a crash. */
export function NoAccess({ t, user }: { t: TTranslate; user: TShellUser }) {
  return (
    <section className="card narrow stack" aria-labelledby="no-access-title">
      <h1 id="no-access-title">{t("access.deniedTitle")}</h1>
      <p>{t("access.deniedText", { role: t(`role.${user.role}`) })}</p>
      <p>
        <a className="button" href="/">
          {t("access.backHome")}
        </a>
      </p>
    </section>
  );
}
