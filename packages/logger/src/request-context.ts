import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * Who and what a unit of work belongs to: an HTTP request, a job, a bot update. `requestId` names this one unit;
 * `correlationId` follows one user action everywhere (request → outbox event → job → log lines → error events),
 * so a job started by an event carries the correlation id of the request that wrote the event.
 */
export type TRequestContext = { requestId: string; correlationId: string; userId?: string };

const storage = new AsyncLocalStorage<TRequestContext>();

/** Runs `work` with a context; every log line and outbox event written inside it carries its ids. */
export function runWithContext<T>(context: Partial<TRequestContext>, work: () => T): T {
  const requestId = context.requestId ?? randomUUID();
  return storage.run({ ...context, requestId, correlationId: context.correlationId ?? requestId }, work);
}

/** The context of the work in progress, if any. */
export function currentContext(): TRequestContext | undefined {
  return storage.getStore();
}

/** Records the signed-in user once the request knows it (log lines after that carry `userId`). */
export function setContextUser(userId: string): void {
  const store = storage.getStore();
  if (store) store.userId = userId;
}
