import { createTestDatabase, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAiRequest } from "../ai/get-ai-request";
import { deleteNote } from "../notes/delete-note";
import { findOwnReport } from "../reports/find-own-report";
import { findInsightsCourse } from "../statistics/find-insights-course";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

// 36 characters of the old /^[0-9a-f-]{36}$/ that PostgreSQL's uuid type refuses: they used to reach the query.
const MALFORMED = ["-".repeat(36), "0123456789abcdef0123456789abcdef----", "--------0000-0000-0000-000000000000"];

describe("ids from a URL that are not uuids", () => {
  it.each(MALFORMED)("answer 404, not a database error, for %s", async (id) => {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const actor = { id: trainer.id, role: "TRAINER" as const };
    const notFound = { error: "not_found", status: 404 };
    await expect(findOwnReport({ db: t.db, actor, reportId: id })).rejects.toMatchObject(notFound);
    await expect(findInsightsCourse({ db: t.db, actor, courseId: id })).rejects.toMatchObject(notFound);
    await expect(deleteNote({ db: t.db, actor, noteId: id })).rejects.toMatchObject(notFound);
    await expect(getAiRequest({ db: t.db, actor, requestId: id })).rejects.toMatchObject(notFound);
  });
});
