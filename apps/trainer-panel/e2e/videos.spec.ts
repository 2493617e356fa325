import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDb } from "@gafus/prisma";
import { attachVideoToCourse, makeVideoClip } from "@gafus/testing";
import { createJourneyCourse, DEMO, ffmpegTestPattern, signIn, snap } from "@gafus/testing/e2e";
import { expect, test, type Page } from "@playwright/test";

test.describe.configure({ mode: "serial" });

const dir = mkdtempSync(join(tmpdir(), "gafus-e2e-videos-"));
// The 6 s clip the first test uploads (serial mode: later tests in this file run after it, in the same worker).
// Not "the newest video of the demo trainer": another spec uploads for that account at the same time.
let firstVideoId: string | undefined;

/** Slows the browser's uploads (Chrome DevTools protocol), so that the progress bar is there to be seen. */
async function throttleUploads(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  return () =>
    cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
}

test("a trainer uploads a video, sees it transcode to ready and previews it; an enrolled student plays it", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const title = `Сидеть ${Date.now().toString(36)}`;
  const clip = makeVideoClip({ dir, seconds: 6, width: 640, height: 360 });

  await signIn(page, DEMO.trainer);
  await page.goto("/trainer/videos");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мои видео");
  await page.getByLabel("Название").fill(title);
  await page.getByLabel("Файл видео").setInputFiles(clip);
  const unthrottle = await throttleUploads(page, 60_000);
  await page.getByRole("button", { name: "Загрузить", exact: true }).click();
  const bar = page.getByRole("progressbar", { name: "Ход загрузки" });
  await expect(bar).toBeVisible();
  await expect
    .poll(async () => Number(await bar.getAttribute("aria-valuenow")), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await expect(page.getByTestId("upload-status")).toContainText(/Загрузка… \d+%/);
  await snap(page, "trainer-videos-uploading-desktop-ru");
  await unthrottle();
  await expect(page.getByText("Загружено. Обработка скоро начнётся.")).toBeVisible({ timeout: 30_000 });

  const item = page.locator(".video-item", { hasText: title });
  await expect(item.getByTestId("video-status")).toHaveText("Готово", { timeout: 90_000 });
  await expect(item.getByText(/Длительность 0:0[56]/)).toBeVisible();
  await expect(item.locator(".video-thumb img")).toBeVisible();
  expect(await item.locator(".video-thumb img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  await item.getByRole("button", { name: "Посмотреть" }).click();
  const preview = item.locator(".hls-player");
  await expect(preview).toHaveAttribute("data-state", "ready", { timeout: 20_000 });
  await snap(page, "trainer-videos-ready-desktop-ru");
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, "trainer-videos-phone-ru");

  // The step editor's video select belongs to course authoring; here the video goes onto a step directly.
  const assetId = (await item.getAttribute("data-video-id"))!;
  firstVideoId = assetId;
  const course = await createJourneyCourse(`Курс с видео ${Date.now().toString(36)}`);
  const db = getDb();
  await attachVideoToCourse(db, course.id, assetId);
  const student = await db.user.findUniqueOrThrow({ where: { email: DEMO.student }, select: { id: true } });
  await db.enrollment.create({ data: { userId: student.id, courseId: course.id } });

  const studentContext = await browser.newContext();
  const studentPage = await studentContext.newPage();
  await signIn(studentPage, DEMO.student);
  await studentPage.goto(`/courses/${course.slug}/days/1`);
  const player = studentPage.locator("#step-1 .hls-player");
  await expect(player).toHaveAttribute("data-state", "ready", { timeout: 20_000 });
  const video = player.locator("video");
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 })
    .toBeGreaterThan(1);
  await expect(player).toHaveAttribute("data-level", /^\d+$/);
  await snap(studentPage, "day-with-hls-video-desktop-ru");
  await studentContext.close();

  // A signed-in user who is not enrolled, another trainer and a visitor get nothing: playlist, rendition, key.
  for (const email of [DEMO.coach, "student.en@gafus.local", null]) {
    const context = await browser.newContext();
    if (email) await signIn(await context.newPage(), email);
    for (const path of ["master.m3u8", "360p/index.m3u8", "key"]) {
      const response = await context.request.get(`/media/${assetId}/${path}`);
      expect(response.status(), `${email ?? "visitor"} ${path}`).toBe(404);
      expect(await response.json()).toMatchObject({ error: "not_found", code: 404 });
    }
    await context.close();
  }
});

test("segments need a valid, unexpired signature; the key is only served to the entitled", async ({ page }) => {
  const asset = await getDb().mediaAsset.findFirst({
    where: { status: "READY", owner: { email: DEMO.trainer } },
    orderBy: { readyAt: "desc" },
    select: { id: true },
  });
  test.skip(!asset, "needs the video of the first test");
  await signIn(page, DEMO.trainer);
  const playlist = await (await page.request.get(`/media/${asset!.id}/360p/index.m3u8`)).text();
  expect(playlist).toContain(`URI="/media/${asset!.id}/key"`);
  const signed = playlist.split("\n").find((line) => line.includes("seg_0000.ts"))!;
  const ok = await page.request.get(signed);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("video/mp2t");
  const key = await page.request.get(`/media/${asset!.id}/key`);
  expect((await key.body()).length).toBe(16);

  const url = new URL(signed, "http://x");
  const forged = `${url.pathname}?exp=${Number(url.searchParams.get("exp")) + 3600}&sig=${url.searchParams.get("sig")}`;
  const expired = `${url.pathname}?exp=${Math.floor(Date.now() / 1000) - 10}&sig=${url.searchParams.get("sig")}`;
  for (const path of [forged, expired, url.pathname, signed.replace("seg_0000", "seg_0001")]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(403);
    expect(await response.json()).toMatchObject({ error: "forbidden" });
  }
  // Presigned S3 is for part uploads only: a GET of the stored source through /s3 is refused by nginx.
  expect((await page.request.get(`/s3/gafus/media/source/x/${asset!.id}`)).status()).toBe(403);
});

test("playback goes on past an expired segment signature, and a refusal that stays ends in the error", async ({
  page,
}) => {
  test.setTimeout(60_000);
  expect(firstVideoId, "the first test's video").toBeTruthy();
  const asset = { id: firstVideoId! };
  const course = await createJourneyCourse(`Долгий просмотр ${Date.now().toString(36)}`);
  const db = getDb();
  await attachVideoToCourse(db, course.id, asset!.id);
  const student = await db.user.findUniqueOrThrow({ where: { email: DEMO.student }, select: { id: true } });
  await db.enrollment.create({ data: { userId: student.id, courseId: course.id } });
  await signIn(page, DEMO.student);

  // The second segment answers 403 once, as media does when its signed URL outlived MEDIA_URL_TTL_SEC during a long
  // pause. The player must fetch freshly signed playlists and play on past it.
  let refusals = 0;
  let playlists = 0;
  page.on("request", (request) => void (new URL(request.url()).pathname.endsWith("/master.m3u8") && (playlists += 1)));
  let releaseRefusal = () => {};
  const playing = new Promise<void>((resolve) => (releaseRefusal = resolve));
  await page.route(/\/media\/[^/]+\/[^/]+\/seg_0001\.ts/, async (route) => {
    if (refusals++ > 0) return route.continue();
    await playing;
    await route.fulfill({ status: 403, body: "{}" });
  });
  await page.goto(`/courses/${course.slug}/days/1`);
  const player = page.locator("#step-1 .hls-player");
  await expect(player).toHaveAttribute("data-state", "ready", { timeout: 20_000 });
  // The refusal is held back until playback runs, so the player's own resume (not the test) must carry it on.
  const video = player.locator("video");
  await video.evaluate((v: HTMLVideoElement) => ((v.muted = true), v.play()));
  releaseRefusal();
  // Past 4 s means the refused second segment was loaded again and played.
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 })
    .toBeGreaterThan(4.5);
  expect(refusals).toBeGreaterThanOrEqual(2);
  expect(playlists).toBeGreaterThanOrEqual(2);
  await expect(player).toHaveAttribute("data-state", "ready");

  // Every segment refused, as when access was taken away: a bounded number of reloads, then the error message.
  await page.unroute(/\/media\/[^/]+\/[^/]+\/seg_0001\.ts/);
  await page.route(/\/media\/[^/]+\/[^/]+\/seg_\d+\.ts/, (route) => route.fulfill({ status: 403, body: "{}" }));
  playlists = 0;
  await page.reload();
  await expect(player).toHaveAttribute("data-state", "error", { timeout: 30_000 });
  await expect(player.getByRole("alert")).toBeVisible();
  // The first load and at most MAX_RELOADS_IN_A_ROW (3) reloads, each fetching the master playlist once.
  expect(playlists).toBeLessThanOrEqual(1 + 3);
});

test("a trainer cancels an upload: it stops, and no video is left behind", async ({ page }) => {
  test.setTimeout(60_000);
  const title = `Отмена ${Date.now().toString(36)}`;
  await signIn(page, DEMO.trainer);
  await page.goto("/trainer/videos");
  await page.getByLabel("Название").fill(title);
  await page.getByLabel("Файл видео").setInputFiles(makeVideoClip({ dir, seconds: 4, width: 640, height: 360 }));
  await throttleUploads(page, 5_000);
  await page.getByRole("button", { name: "Загрузить", exact: true }).click();
  await expect(page.getByRole("progressbar", { name: "Ход загрузки" })).toBeVisible();
  await expect(page.locator(".video-item", { hasText: title })).toBeVisible();
  await page.getByRole("button", { name: "Отменить загрузку" }).click();
  await expect(page.getByText("Загрузка отменена.")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Ход загрузки" })).toHaveCount(0);
  await expect(page.locator(".video-item", { hasText: title })).toHaveCount(0);
  expect(await getDb().mediaAsset.count({ where: { title } })).toBe(0);
});

test("a file that only pretends to be a video is refused by its bytes, with the reason in the trainer's language", async ({
  page,
}) => {
  const title = `Не видео ${Date.now().toString(36)}`;
  await signIn(page, DEMO.trainer);
  await page.goto("/trainer/videos");
  await page.getByLabel("Название").fill(title);
  await page
    .getByLabel("Файл видео")
    .setInputFiles({ name: "holiday.mp4", mimeType: "video/mp4", buffer: Buffer.alloc(64 * 1024, "not a video ") });
  await page.getByRole("button", { name: "Загрузить", exact: true }).click();
  const item = page.locator(".video-item", { hasText: title });
  await expect(item.getByTestId("video-status")).toHaveText("Ошибка");
  await expect(item.getByRole("alert")).toHaveText("Это не видео в формате MP4, MOV или WebM.");
  // Retrying cannot turn it into a video: only deleting is offered.
  await expect(item.getByRole("button", { name: "Повторить" })).toHaveCount(0);
  await expect(item.getByRole("button", { name: "Удалить" })).toBeVisible();
  await expect(page.getByText("Загрузка не удалась: Выберите видео MP4, WebM или MOV.")).toBeVisible();
  await snap(page, "trainer-videos-refused-ru");
  const asset = await getDb().mediaAsset.findFirstOrThrow({ where: { title } });
  expect(asset).toMatchObject({ status: "FAILED", errorCode: "not_a_video" });
});

test("a student cannot use the upload API, and another trainer's video looks missing", async ({ browser }) => {
  const studentContext = await browser.newContext();
  await signIn(await studentContext.newPage(), DEMO.student);
  const refused = await studentContext.request.post("/trainer/api/videos", {
    data: { title: "x", fileName: "x.mp4", contentType: "video/mp4", sizeBytes: 1000 },
  });
  expect(refused.status()).toBe(403);
  await studentContext.close();

  const asset = await getDb().mediaAsset.findFirst({ where: { owner: { email: DEMO.trainer } }, select: { id: true } });
  test.skip(!asset, "needs a video of the demo trainer");
  const coach = await browser.newContext();
  await signIn(await coach.newPage(), DEMO.coach);
  for (const [method, path] of [
    ["DELETE", `/trainer/api/videos/${asset!.id}`],
    ["POST", `/trainer/api/videos/${asset!.id}/retry`],
    ["GET", `/trainer/api/videos/${asset!.id}/upload`],
  ] as const) {
    const response = await coach.request.fetch(path, { method });
    expect(response.status(), `${method} ${path}`).toBe(404);
  }
  await coach.close();
  expect(await getDb().mediaAsset.count({ where: { id: asset!.id } })).toBe(1);
});

test("an upload interrupted by a reload resumes where it stopped when the same file is chosen again", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // 8 s at a constant 40 Mbit/s: about 40 MB, three parts of 16 MiB.
  const file = ffmpegTestPattern(
    "testsrc2=duration=8:size=640x360:rate=25",
    [
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-b:v",
      "40M",
      "-minrate",
      "40M",
      "-maxrate",
      "40M",
      "-bufsize",
      "8M",
    ].concat(["-x264-params", "nal-hrd=cbr", "-pix_fmt", "yuv420p"]),
    join(dir, `big-${Date.now()}.mp4`),
  );
  const size = statSync(file).size;
  expect(size).toBeGreaterThan(2 * 16 * 1024 * 1024);
  const title = `Продолжение ${Date.now().toString(36)}`;
  await signIn(page, DEMO.trainer);
  await page.goto("/trainer/videos");
  await page.getByLabel("Название").fill(title);
  await page.getByLabel("Файл видео").setInputFiles(file);
  // The connection drops during part 3: its request is held and never answered, so parts 1 and 2 are in S3 and
  // part 3 is not, whatever the machine's speed (a throttle alone raced the reload under load).
  const partThree = /\/s3\/.*[?&]partNumber=3(&|$)/;
  let isPartThreeHeld = false;
  await page.route(partThree, () => void (isPartThreeHeld = true));
  await page.getByRole("button", { name: "Загрузить", exact: true }).click();
  const bar = page.getByRole("progressbar", { name: "Ход загрузки" });
  const twoParts = Math.floor(((2 * 16 * 1024 * 1024) / size) * 100);
  await expect
    .poll(async () => (isPartThreeHeld ? Number(await bar.getAttribute("aria-valuenow")) : -1), { timeout: 40_000 })
    .toBeGreaterThanOrEqual(twoParts);
  await page.reload();
  await page.unroute(partThree);

  await expect(page.getByText(/Загрузка «.+» прервалась/)).toBeVisible();
  await snap(page, "trainer-videos-resume-ru");
  await page.getByLabel("Файл видео").setInputFiles(file);
  const sentParts: number[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.method() === "PUT" && url.pathname.startsWith("/s3/"))
      sentParts.push(Number(url.searchParams.get("partNumber")));
  });
  await page.getByRole("button", { name: "Загрузить", exact: true }).click();
  await expect(page.getByText("Загружено. Обработка скоро начнётся.")).toBeVisible({ timeout: 30_000 });
  // Only the part that was cut off went up again: the first two were already in S3.
  expect(sentParts).toEqual([3]);
  const assets = await getDb().mediaAsset.findMany({ where: { title }, select: { status: true, sizeBytes: true } });
  expect(assets).toHaveLength(1);
  expect(assets[0]!.sizeBytes).toBe(BigInt(size));
});
