import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "./schemas";
import { slugify } from "./slugify";

describe("slugify", () => {
  it("transliterates Russian titles and keeps single hyphens", () => {
    expect(slugify("Щенок: первые шаги!")).toBe("schenok-pervye-shagi");
    expect(slugify("  Loose   leash -- walking ")).toBe("loose-leash-walking");
  });

  it("always gives a valid slug of at least 3 characters, at most 60", () => {
    for (const title of ["!!", "Я", "Ça va? Été", "x".repeat(200), "a - b"]) {
      const slug = slugify(title);
      expect(slug).toMatch(SLUG_PATTERN);
      expect(slug.length).toBeGreaterThanOrEqual(3);
      expect(slug.length).toBeLessThanOrEqual(60);
    }
    expect(slugify("Ça va? Été")).toBe("ca-va-ete");
  });
});
