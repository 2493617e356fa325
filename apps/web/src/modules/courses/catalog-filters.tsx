import type { TCatalogQuery } from "@gafus/core";
import type { TTranslate } from "@gafus/ui/i18n";

/** A plain GET form: filters live in the URL, so results can be shared, bookmarked and used without JavaScript. */
export function CatalogFilters({ t, query, signedIn }: { t: TTranslate; query: TCatalogQuery; signedIn: boolean }) {
  const select = (name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="filters" method="get" action="/courses" role="search">
      <div className="field grow">
        <label htmlFor="f-q">{t("catalog.search")}</label>
        <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} />
      </div>
      {select("level", t("catalog.level"), query.level, [
        ["", t("catalog.levelAny")],
        ["BEGINNER", t("level.BEGINNER")],
        ["INTERMEDIATE", t("level.INTERMEDIATE")],
        ["ADVANCED", t("level.ADVANCED")],
      ])}
      {select("access", t("catalog.access"), query.access, [
        ["all", t("catalog.accessAll")],
        ["free", t("catalog.accessFree")],
        ["private", t("catalog.accessPrivate")],
      ])}
      {select("sort", t("catalog.sort"), query.sort, [
        ["new", t("catalog.sortNew")],
        ["rating", t("catalog.sortRating")],
        ["name", t("catalog.sortName")],
        ...(signedIn ? [["progress", t("catalog.sortProgress")] as [string, string]] : []),
      ])}
      {signedIn && (
        <div className="field checkbox">
          <input id="f-favorites" name="favorites" type="checkbox" value="true" defaultChecked={query.favorites} />
          <label htmlFor="f-favorites">{t("catalog.favoritesOnly")}</label>
        </div>
      )}
      <button className="button" type="submit">
        {t("catalog.apply")}
      </button>
    </form>
  );
}
