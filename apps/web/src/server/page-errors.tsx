import { AppError } from "@gafus/core";
import { notFound } from "next/navigation";

/**
 * Runs a page's loader; a 404 from the domain shows the not-found page, a 403 comes back as a message to show.
 * Anything else is a real error and propagates.
 */
export async function loadOrRefuse<T>(
  load: () => Promise<T>,
): Promise<{ data: T; refusal: null } | { data: null; refusal: AppError }> {
  try {
    return { data: await load(), refusal: null };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    if (error instanceof AppError && error.status === 403) return { data: null, refusal: error };
    throw error;
  }
}
