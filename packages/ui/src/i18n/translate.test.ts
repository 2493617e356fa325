import { describe, expect, it } from "vitest";
import { en } from "./messages-en";
import { ru } from "./messages-ru";
import { createTranslator, resolveLocale } from "./translate";

describe("i18n", () => {
  it("has a Russian text for every English key and no extra ones", () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const value of Object.values(ru)) expect(value.trim()).not.toBe("");
  });

  it("fills placeholders", () => {
    expect(createTranslator("en")("home.hello", { name: "Anna" })).toBe("Hello, Anna!");
    expect(createTranslator("ru")("home.hello", { name: "Анна" })).toBe("Здравствуйте, Анна!");
  });

  it("prefers the cookie, then the profile, then Accept-Language, then Russian", () => {
    expect(resolveLocale({ cookie: "en", profile: "ru" })).toBe("en");
    expect(resolveLocale({ cookie: "xx", profile: "en" })).toBe("en");
    expect(resolveLocale({ acceptLanguage: "de-DE,en;q=0.8" })).toBe("en");
    expect(resolveLocale({})).toBe("ru");
  });
});
