import { describe, expect, it } from "vitest";
import { createTranslator } from "../i18n";
import { appLinks } from "./app-links";

const t = createTranslator("en");
const all = { trainerPanel: true, errorDashboard: true, queues: true };

describe("appLinks", () => {
  it("offers a student only the student app, and nothing from inside it", () => {
    const none = { trainerPanel: false, errorDashboard: false, queues: false };
    expect(appLinks(t, none, "/")).toEqual([]);
  });

  it("offers an admin every other app, never the one they are in", () => {
    expect(appLinks(t, all, "/trainer", "/trainer").map((l) => l.href)).toEqual(["/", "/errors", "/queues"]);
    expect(appLinks(t, all, "/profile").map((l) => l.label)).toEqual(["Trainer panel", "Errors", "Queues"]);
  });

  it("marks the section the page is in", () => {
    const trainerOnly = { ...all, errorDashboard: false, queues: false };
    expect(appLinks(t, trainerOnly, "/trainer/courses")).toEqual([
      { href: "/trainer", label: "Trainer panel", current: true },
    ]);
  });
});
