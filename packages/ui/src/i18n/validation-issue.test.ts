import { describe, expect, it } from "vitest";
import { createTranslator } from "./translate";
import { issueTextsByField } from "./validation-issue";

describe("validation issues in the reader's language", () => {
  it("say each API issue in Russian, grouped by field, keeping our own rule's sentence as the detail", () => {
    const t = createTranslator("ru");
    const texts = issueTextsByField(t, [
      { field: "title", code: "required", message: "Too small" },
      { field: "title", code: "too_long", limit: 200, message: "Too big" },
      { field: "videoUrl", code: "format", format: "url", message: "Invalid URL" },
      { field: "slug", code: "format", format: "regex", message: "Invalid string" },
      { field: "zone", code: "invalid", message: "unknown time zone" },
    ]);
    expect(texts).toEqual({
      title: ["Заполните это поле.", "Максимум символов: 200."],
      videoUrl: ["Введите ссылку, которая начинается с https://."],
      slug: ["Неверный формат."],
      zone: ["Проверьте значение: unknown time zone"],
    });
  });

  it("give nothing for an error without issues", () => {
    expect(issueTextsByField(createTranslator("en"), undefined)).toEqual({});
  });
});
