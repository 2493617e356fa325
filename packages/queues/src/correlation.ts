import { currentContext } from "@gafus/logger";
import { z } from "zod";

/**
 * A job started by other work (an event, a request) carries that work's correlation id, so the job's log lines can
 * be found with the request's. Optional: scheduled jobs start their own.
 */
export const ZCorrelated = z.object({ correlationId: z.string().min(1).optional() });

/** The payload with the correlation id of the work in progress, when there is one. */
export function correlated<T extends object>(data: T): T & { correlationId?: string } {
  const correlationId = currentContext()?.correlationId;
  return correlationId ? { ...data, correlationId } : data;
}

/** Where a job keeps its correlation id: an event's metadata, or the payload's own field. */
export function correlationIdOf(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { metadata, correlationId } = data as { metadata?: { correlationId?: unknown }; correlationId?: unknown };
  const id = metadata?.correlationId ?? correlationId;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}
