import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TActor } from "@gafus/auth";
import { putObject, storageKeys } from "@gafus/storage";
import {
  attachVideoToCourse,
  createTestBucket,
  createTestDatabase,
  makeCourse,
  makeUser,
  makeVideoClip,
  type TTestDatabase,
} from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transcodeVideoAsset } from "../video-transcode/transcode-video-asset";
import { signMediaPath } from "./media-signature";
import { getMasterPlaylist } from "./get-master-playlist";
import { getRenditionPlaylist } from "./get-rendition-playlist";
import { getVideoKey } from "./get-video-key";
import { getVideoSegment } from "./get-video-segment";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
const SECRET = "s".repeat(40);
const as = (u: { id: string; role: TActor["role"] }): TActor => ({ id: u.id, role: u.role });

let assetId: string;
let owner: TActor;
let enrolled: TActor;
let courseId: string;

beforeAll(async () => {
  [t, bucket] = await Promise.all([createTestDatabase(), createTestBucket()]);
  const dir = mkdtempSync(join(tmpdir(), "gafus-play-"));
  const trainer = await makeUser(t.db, { role: "TRAINER" });
  owner = as(trainer);
  assetId = crypto.randomUUID();
  const sourceKey = storageKeys.mediaSource(trainer.id, assetId);
  await putObject(bucket, sourceKey, readFileSync(makeVideoClip({ dir, seconds: 2, width: 320, height: 240 })));
  rmSync(dir, { recursive: true, force: true });
  await t.db.mediaAsset.create({
    data: {
      id: assetId,
      ownerId: trainer.id,
      title: "Sit",
      originalName: "s.mp4",
      contentType: "video/mp4",
      sizeBytes: 1n,
      sourceKey,
      status: "QUEUED",
    },
  });
  await transcodeVideoAsset({
    db: t.db,
    storage: bucket,
    assetId,
    attempt: 0,
    maxDurationSec: 60,
    isFinalAttempt: true,
  });
  const course = await makeCourse(t.db, trainer.id);
  courseId = course.id;
  await attachVideoToCourse(t.db, course.id, assetId);
  const student = await makeUser(t.db);
  await t.db.enrollment.create({ data: { userId: student.id, courseId: course.id } });
  enrolled = as(student);
}, 60_000);
afterAll(async () => {
  await Promise.all([t.drop(), bucket.cleanup()]);
});

const rendition = (actor: TActor | null, nowSec?: number) =>
  getRenditionPlaylist({
    db: t.db,
    storage: bucket,
    actor,
    assetId,
    rendition: "240p",
    secret: SECRET,
    ttlSec: 60,
    nowSec,
  });

describe("protected HLS playback", () => {
  it("serves an enrolled student the playlists with our key URI and signed segment URLs, and the key", async () => {
    const master = await getMasterPlaylist({ db: t.db, actor: enrolled, assetId });
    expect(master).toContain(`/media/${assetId}/240p/index.m3u8`);
    expect(master).toMatch(/BANDWIDTH=\d+,RESOLUTION=320x240/);
    const playlist = await rendition(enrolled);
    expect(playlist).toContain(`#EXT-X-KEY:METHOD=AES-128,URI="/media/${assetId}/key"`);
    const segmentUrl = playlist.split("\n").find((l) => l.includes("seg_0000.ts"))!;
    expect(segmentUrl).toMatch(new RegExp(`^/media/${assetId}/240p/seg_0000\\.ts\\?exp=\\d+&sig=[\\w-]+$`));
    const key = await getVideoKey({ db: t.db, actor: enrolled, assetId });
    expect(key).toHaveLength(16);

    const url = new URL(segmentUrl, "http://x");
    const segment = await getVideoSegment({
      storage: bucket,
      assetId,
      rendition: "240p",
      file: "seg_0000.ts",
      exp: url.searchParams.get("exp"),
      sig: url.searchParams.get("sig"),
      secret: SECRET,
    });
    expect(segment.length).toBeGreaterThan(1000);
  });

  it("lets the owner and an admin watch, and refuses a student not enrolled, another trainer and a visitor", async () => {
    const admin = as(await makeUser(t.db, { role: "ADMIN" }));
    await expect(getMasterPlaylist({ db: t.db, actor: owner, assetId })).resolves.toContain("#EXTM3U");
    await expect(getVideoKey({ db: t.db, actor: admin, assetId })).resolves.toHaveLength(16);

    const stranger = as(await makeUser(t.db));
    const otherTrainer = as(await makeUser(t.db, { role: "TRAINER" }));
    const moderator = as(await makeUser(t.db, { role: "MODERATOR" }));
    for (const actor of [stranger, otherTrainer, moderator, null]) {
      await expect(getMasterPlaylist({ db: t.db, actor, assetId })).rejects.toMatchObject({ status: 404 });
      await expect(rendition(actor)).rejects.toMatchObject({ status: 404 });
      await expect(getVideoKey({ db: t.db, actor, assetId })).rejects.toMatchObject({ status: 404 });
    }
  });

  it("stops serving an enrolled student once the course is unpublished", async () => {
    await t.db.course.update({ where: { id: courseId }, data: { isPublished: false } });
    try {
      await expect(getVideoKey({ db: t.db, actor: enrolled, assetId })).rejects.toMatchObject({ status: 404 });
    } finally {
      await t.db.course.update({ where: { id: courseId }, data: { isPublished: true } });
    }
  });

  it("refuses a segment URL that has expired, was forged, or was signed for another segment", async () => {
    const now = Math.floor(Date.now() / 1000);
    const segment = (file: string, exp: number, sig: string) =>
      getVideoSegment({ storage: bucket, assetId, rendition: "240p", file, exp: String(exp), sig, secret: SECRET });
    const expired = now - 1;
    await expect(
      segment("seg_0000.ts", expired, signMediaPath(SECRET, `${assetId}/240p/seg_0000.ts`, expired)),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      segment("seg_0000.ts", now + 60, signMediaPath("f".repeat(40), `${assetId}/240p/seg_0000.ts`, now + 60)),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      segment("seg_0000.ts", now + 60, signMediaPath(SECRET, `${assetId}/240p/seg_0001.ts`, now + 60)),
    ).rejects.toMatchObject({ status: 403 });
    // An old playlist's URLs stop working once their time is up.
    const old = await rendition(enrolled, now - 120);
    const url = new URL(
      old.split("\n").find((l) => l.includes("seg_0000.ts"))!,
      "http://x",
    );
    await expect(
      segment("seg_0000.ts", Number(url.searchParams.get("exp")), url.searchParams.get("sig")!),
    ).rejects.toMatchObject({
      status: 403,
    });
  });
});
