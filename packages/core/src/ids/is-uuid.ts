// Every 8-4-4-4-12 hex string, whatever its version: exactly what PostgreSQL's uuid type reads in this form, so a
// string that passes never makes a query throw, and an id we stored is never refused. (The old hand-made
// /^[0-9a-f-]{36}$/ let "------…" through, and PostgreSQL answered it with an error, a 500 instead of a 404.)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from a URL or a body can be looked up in a uuid column; callers answer 404 when it cannot. */
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
