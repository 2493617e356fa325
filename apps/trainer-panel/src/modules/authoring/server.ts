import "server-only";
import { AppError, isUuid } from "@gafus/core";
import { notFound } from "next/navigation";
import { getPageContext } from "@/server/page-context";
import { authoringLabels } from "./labels";

/** The page frame plus the labels client components need. */
export async function getAuthoringContext(path: string) {
  const ctx = await getPageContext(path);
  return { ...ctx, L: authoringLabels(ctx.t) };
}

/** Path ids that are not uuids, and objects that are missing or another trainer's, become the 404 page. */
export function assertIds(...ids: string[]) {
  if (!ids.every(isUuid)) notFound();
}

/** Runs a core read; 404 → the not-found page, 403 (a moderator on an editor) → null for a refusal message. */
export async function loadOrRefuse<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    if (error instanceof AppError && error.status === 403) return null;
    throw error;
  }
}
