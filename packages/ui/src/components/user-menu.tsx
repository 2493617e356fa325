import type { TTranslate } from "../i18n";

export type TShellUser = { name: string; email: string; role: "USER" | "TRAINER" | "MODERATOR" | "ADMIN" };

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).slice(0, 2);
  return parts.map((part) => part[0]?.toUpperCase() ?? "").join("") || "?";
}

export function UserMenu({ t, user }: { t: TTranslate; user: TShellUser }) {
  return (
    <details className="user-menu">
      <summary aria-label={`${t("shell.userMenu")}: ${user.name}`}>
        <span className="avatar" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span>{user.name}</span>
      </summary>
      <div className="user-menu-panel">
        <p>
          {user.email}
          <br />
          {t("profile.role")}: {t(`role.${user.role}`)}
        </p>
        <a href="/profile">{t("nav.profile")}</a>
        <a href="/signout">{t("auth.signOut")}</a>
      </div>
    </details>
  );
}
