import { expect, test, type APIRequestContext } from "@playwright/test";
import { getDb } from "@gafus/prisma";
import { apiSignIn, createJourneyCourse, uniqueEmail } from "@gafus/testing/e2e";

const json = (data: unknown) => ({
  data: Buffer.from(JSON.stringify(data)),
  headers: { "content-type": "application/json" },
});

async function newStudent(request: APIRequestContext) {
  const email = uniqueEmail("api");
  const response = await request.post(
    "/api/v1/auth/register",
    json({ email, password: "Heel-and-sit-2026", name: "Api" }),
  );
  expect(response.status()).toBe(201);
  await apiSignIn(request, email, "Heel-and-sit-2026");
  return (await response.json()).user as { id: string };
}

test.describe("learning API refuses what a student may not do", () => {
  test("not enrolled, a locked day, a step completed before its timer ends, bad actions and paths", async ({
    playwright,
    baseURL,
  }) => {
    const course = await createJourneyCourse(`API ${Date.now().toString(36)}`);
    const request = await playwright.request.newContext({ baseURL });
    await newStudent(request);
    const step = (day: number, n: number, action: string) =>
      `/api/v1/courses/${course.slug}/days/${day}/steps/${n}/${action}`;

    const notEnrolled = await request.post(step(1, 2, "complete"));
    expect(notEnrolled.status()).toBe(403);
    expect(await notEnrolled.json()).toMatchObject({ error: "not_enrolled" });

    expect((await request.post(`/api/v1/courses/${course.slug}/enrollment`, json({}))).status()).toBe(201);
    const locked = await request.get(`/api/v1/courses/${course.slug}/days/2`);
    expect(locked.status()).toBe(403);
    expect(await locked.json()).toMatchObject({ error: "day_locked" });

    expect((await request.post(step(1, 1, "timer"), json({ action: "start" }))).status()).toBe(200);
    const early = await request.post(step(1, 1, "complete"));
    expect(early.status()).toBe(409);
    expect(await early.json()).toMatchObject({ error: "step_not_ready" });
    expect((await request.post(step(1, 1, "timer"), json({ action: "fly" }))).status()).toBe(400);
    expect((await request.get(`/api/v1/courses/${course.slug}/days/abc`)).status()).toBe(404);
    await request.dispose();
  });

  test("a private course is refused without access, and another owner's pet is invisible", async ({
    playwright,
    baseURL,
  }) => {
    const course = await createJourneyCourse(`Private ${Date.now().toString(36)}`);
    await getDb().course.update({ where: { id: course.id }, data: { visibility: "PRIVATE" } });
    const alice = await playwright.request.newContext({ baseURL });
    const bob = await playwright.request.newContext({ baseURL });
    await newStudent(alice);
    await newStudent(bob);

    const page = await alice.get(`/api/v1/courses/${course.slug}`);
    // The same answer as for a slug that does not exist: private slugs cannot be probed.
    expect(page.status()).toBe(404);
    expect(await page.json()).toMatchObject({ error: "not_found" });
    const missing = await alice.get(`/api/v1/courses/${course.slug}-missing`);
    expect(await missing.json()).toMatchObject({ error: "not_found", code: 404 });
    expect((await alice.post(`/api/v1/courses/${course.slug}/enrollment`, json({}))).status()).toBe(404);
    const catalog = await (await alice.get(`/api/v1/courses?q=${encodeURIComponent("Private")}`)).json();
    expect(catalog.courses.map((c: { slug: string }) => c.slug)).not.toContain(course.slug);

    const pet = await (await alice.post("/api/v1/pets", json({ name: "Alice's dog" }))).json();
    expect((await bob.patch(`/api/v1/pets/${pet.pet.id}`, json({ name: "Stolen" }))).status()).toBe(404);
    expect((await bob.delete(`/api/v1/pets/${pet.pet.id}`)).status()).toBe(404);
    expect(
      (
        await bob.post(
          `/api/v1/pets/${pet.pet.id}/prevention`,
          json({ kind: "VACCINATION", title: "x", date: "2026-01-01" }),
        )
      ).status(),
    ).toBe(404);
    const still = await (await alice.get("/api/v1/pets")).json();
    expect(still.pets[0]).toMatchObject({ name: "Alice's dog" });
    expect((await bob.get("/api/v1/pets")).ok()).toBe(true);
    expect((await (await bob.get("/api/v1/pets")).json()).pets).toEqual([]);

    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get("/api/v1/pets")).status()).toBe(401);
    expect((await anonymous.post("/api/v1/uploads/exam-video", { data: Buffer.from("x") })).status()).toBe(401);
    await Promise.all([alice.dispose(), bob.dispose(), anonymous.dispose()]);
  });

  test("an upload that is not a video is refused by its bytes", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await newStudent(request);
    const response = await request.post("/api/v1/uploads/exam-video", {
      data: Buffer.from("%PDF-1.7 this is not a video at all"),
      headers: { "content-type": "video/mp4" },
    });
    expect(response.status()).toBe(415);
    expect(await response.json()).toMatchObject({ error: "unsupported_media_type" });
    await request.dispose();
  });
});
