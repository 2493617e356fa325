import { apiCall } from "@gafus/ui/client";

export type TStepRef = { slug: string; day: number; step: number };

export const stepPath = ({ slug, day, step }: TStepRef, action: string) =>
  `/api/v1/courses/${slug}/days/${day}/steps/${step}/${action}`;

/**
 * After a step is done the server decides what opened; the page reloads to show it (with a banner when a day ended).
 * Otherwise: why not, in the reader's language.
 */
export async function completeAndReload(ref: TStepRef): Promise<string | null> {
  const result = await apiCall<{ dayCompleted: boolean }>(stepPath(ref, "complete"), { method: "POST" });
  if (!result.ok) return result.message;
  reloadAfterProgress(result.data.dayCompleted);
  return null;
}

export function reloadAfterProgress(dayCompleted: boolean) {
  const url = new URL(window.location.href);
  if (dayCompleted) url.searchParams.set("completed", "1");
  url.hash = "";
  window.location.assign(url.toString());
}
