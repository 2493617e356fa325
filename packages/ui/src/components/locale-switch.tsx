import { LOCALES, type TLocale, type TTranslate } from "../i18n";

/** Works without JavaScript: a form posting to the web app, which sets the cookie (and the profile) and comes back. */
export function LocaleSwitch({ t, locale, currentPath }: { t: TTranslate; locale: TLocale; currentPath: string }) {
  return (
    <form className="locale-switch" method="post" action="/api/v1/locale" aria-label={t("locale.switch")}>
      <input type="hidden" name="next" value={currentPath} />
      {LOCALES.map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code}
          aria-pressed={code === locale}
          title={t(`locale.${code}`)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </form>
  );
}
