// Transcoding speed of a 60 s 1080p clip: our pipeline's ffmpeg step (hlsLadderArgs + runFfmpeg: AES-128 key info,
// -progress parsing) next to a plain ffmpeg command writing the same 720/480/360 ladder, in the same run; then the
// whole job (S3 download, ffprobe, ladder, thumbnail, upload, database) for context. Usage: npm run bench:transcode
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hlsLadderArgs, planLadder, probeVideo, runFfmpeg, transcodeVideoAsset } from "@gafus/core";
import { putObject, storageKeys } from "@gafus/storage";
import { createTestBucket, createTestDatabase, makeUser, makeVideoClip } from "@gafus/testing";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const work = mkdtempSync(join(tmpdir(), "gafus-bench-transcode-"));
const r2 = (n: number) => Math.round(n * 100) / 100;

/** The ladder as someone would type it by hand: one decode, split, libx264 veryfast, AAC, 4 s HLS segments. */
function plainFfmpegArgs(input: string, out: string): string[] {
  const v = [
    ["1280:720", "2800k", "2996k", "5600k", "128k"],
    ["854:480", "1400k", "1498k", "2800k", "96k"],
    ["640:360", "800k", "856k", "1600k", "64k"],
  ];
  const args = ["-hide_banner", "-loglevel", "error", "-y", "-i", input];
  args.push(
    "-filter_complex",
    "[0:v]split=3[a][b][c];[a]scale=1280:720,format=yuv420p[v0];[b]scale=854:480,format=yuv420p[v1];[c]scale=640:360,format=yuv420p[v2]",
  );
  for (let i = 0; i < 3; i++) args.push("-map", `[v${i}]`, "-map", "0:a:0");
  args.push("-c:v", "libx264", "-preset", "veryfast", "-profile:v", "main", "-sc_threshold", "0");
  args.push("-force_key_frames", "expr:gte(t,n_forced*4)", "-c:a", "aac", "-ac", "2");
  v.forEach(([, b, max, buf, a], i) =>
    args.push(`-b:v:${i}`, b!, `-maxrate:v:${i}`, max!, `-bufsize:v:${i}`, buf!, `-b:a:${i}`, a!),
  );
  args.push("-f", "hls", "-hls_time", "4", "-hls_playlist_type", "vod", "-hls_flags", "independent_segments");
  args.push("-hls_segment_type", "mpegts", "-hls_segment_filename", `${out}/%v/seg_%04d.ts`);
  args.push("-var_stream_map", "v:0,a:0,name:720p v:1,a:1,name:480p v:2,a:2,name:360p", `${out}/%v/index.m3u8`);
  return args;
}

async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

async function main() {
  console.log(`generating a ${SECONDS} s 1920x1080 test clip with audio…`);
  const clip = makeVideoClip({ dir: work, seconds: SECONDS, width: 1920, height: 1080, rate: 30, name: "source.mp4" });
  const probe = await probeVideo(clip);
  if (!probe?.durationSec) throw new Error("ffprobe could not read the clip");
  const durationSec = probe.durationSec;
  const rungs = planLadder(probe);

  writeFileSync(join(work, "key.bin"), randomBytes(16));
  writeFileSync(join(work, "key.info"), `key\n${join(work, "key.bin")}\n${randomBytes(16).toString("hex")}\n`);
  let lastProgress = 0;
  const runPlain = () =>
    timed(() => {
      const out = mkdtempSync(join(work, "plain-"));
      const result = spawnSync("ffmpeg", plainFfmpegArgs(clip, out), { stdio: "inherit" });
      if (result.status !== 0) throw new Error("plain ffmpeg failed");
      rmSync(out, { recursive: true, force: true });
    });
  const runOurs = () =>
    timed(async () => {
      const out = mkdtempSync(join(work, "ours-"));
      const keyInfoFile = join(work, "key.info");
      await runFfmpeg(hlsLadderArgs({ input: clip, outDir: out, rungs, hasAudio: probe.hasAudio, keyInfoFile }), {
        durationSec,
        onProgress: (f) => (lastProgress = f),
      });
      rmSync(out, { recursive: true, force: true });
    });
  // Other processes share these 2 cores: alternate the order each round so that load hits both sides alike.
  const plainTimes: number[] = [];
  const ourTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      plainTimes.push(await runPlain());
      ourTimes.push(await runOurs());
    } else {
      ourTimes.push(await runOurs());
      plainTimes.push(await runPlain());
    }
    console.log(`round ${round + 1}: plain ${r2(plainTimes.at(-1)!)} s, ours ${r2(ourTimes.at(-1)!)} s`);
  }
  const plain = plainTimes.reduce((a, b) => a + b, 0) / ROUNDS;
  const ours = ourTimes.reduce((a, b) => a + b, 0) / ROUNDS;

  // The whole job as the worker runs it, against the test PostgreSQL and S3.
  const [t, bucket] = await Promise.all([createTestDatabase(), createTestBucket()]);
  let job = 0;
  try {
    const owner = await makeUser(t.db, { role: "TRAINER" });
    const id = crypto.randomUUID();
    const sourceKey = storageKeys.mediaSource(owner.id, id);
    await putObject(bucket, sourceKey, readFileSync(clip));
    await t.db.mediaAsset.create({
      data: {
        id,
        ownerId: owner.id,
        title: "bench",
        originalName: "b.mp4",
        contentType: "video/mp4",
        sizeBytes: 1n,
        sourceKey,
        status: "QUEUED",
      },
    });
    job = await timed(() =>
      transcodeVideoAsset({
        db: t.db,
        storage: bucket,
        assetId: id,
        attempt: 0,
        maxDurationSec: 3600,
        isFinalAttempt: true,
      }),
    );
  } finally {
    await Promise.all([t.drop(), bucket.cleanup()]);
  }

  const rt = (wall: number) => r2(durationSec / wall);
  console.log(
    `\nsource: ${probe.width}x${probe.height}, ${r2(durationSec)} s; ladder ${rungs.map((r) => r.name).join("/")}`,
  );
  console.table({
    [`plain ffmpeg (mean of ${ROUNDS})`]: { "wall s": r2(plain), "× real time": rt(plain) },
    [`our ffmpeg step (mean of ${ROUNDS})`]: { "wall s": r2(ours), "× real time": rt(ours) },
    "whole job (S3 + DB)": { "wall s": r2(job), "× real time": rt(job) },
  });
  console.log(`progress parsed up to ${Math.round(lastProgress * 100)} %`);
  console.log(`ratio our ffmpeg step / plain ffmpeg (speed): ${r2(plain / ours)} (target ≥ 0.9)`);
  console.log(`ratio whole job / plain ffmpeg (speed): ${r2(plain / job)}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
