import type { TOperation } from "@gafus/http";
import * as ai from "./ai";
import * as courses from "./courses";
import * as days from "./days";
import * as exams from "./exams";
import * as meta from "./meta";
import * as notes from "./notes";
import * as reports from "./reports";
import * as stats from "./stats";
import * as steps from "./steps";
import * as templates from "./templates";
import * as videos from "./videos";

/**
 * Every operation of the trainer panel's JSON API (under /trainer/api). Route files build their handlers from
 * these, /trainer/api/openapi.json is generated from them, and the contract test checks both directions.
 */
export const PANEL_OPERATIONS: readonly TOperation[] = [
  ...Object.values(meta),
  ...Object.values(courses),
  ...Object.values(days),
  ...Object.values(steps),
  ...Object.values(templates),
  ...Object.values(videos),
  ...Object.values(exams),
  ...Object.values(stats),
  ...Object.values(notes),
  ...Object.values(reports),
  ...Object.values(ai),
];
