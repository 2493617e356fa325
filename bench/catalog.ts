// Catalog and course page under load, side by side with a bare Next.js route, through nginx, in one run.
// Usage: npm start (the platform with demo data), then `pnpm bench:catalog [baseUrl]`.
// Latency at a fixed 200 req/s comes from an open-loop generator (the target: catalog p95 < 50 ms);
// maximum throughput from autocannon with 32 connections.
import autocannon from "autocannon";
import { constantRate } from "./constant-rate";

const base = process.argv[2] ?? "http://localhost:8080";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = 200;

async function throughput(path: string) {
  const result = await autocannon({
    url: `${base}${path}`,
    duration: SECONDS,
    connections: 32,
    headers: { "accept-language": "ru" },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function main() {
  const slug = ((await (await fetch(`${base}/api/v1/courses`)).json()) as { courses: { slug: string }[] }).courses[0]
    ?.slug;
  if (!slug) throw new Error("no course in the catalog: run `npm start` first (it seeds the demo courses)");
  const targets: [string, string][] = [
    ["bare Next route (/api/health)", "/api/health"],
    ["catalog JSON (/api/v1/courses)", "/api/v1/courses"],
    ["course page HTML (/courses/…)", `/courses/${slug}`],
  ];
  console.log(
    `\n${base} — ${SECONDS} s per run, open loop at ${RATE} req/s, then autocannon flat out (32 connections)\n`,
  );
  console.log(
    "target".padEnd(32),
    "p50".padStart(6),
    "p95".padStart(6),
    "p99".padStart(6),
    "got/s".padStart(6),
    "err".padStart(4),
    "| max req/s".padStart(10),
    "vs bare".padStart(8),
    "p99 ms".padStart(7),
  );
  let bareRps = 0;
  const rows: { name: string; p95: number }[] = [];
  for (const [name, path] of targets) {
    await constantRate(`${base}${path}`, 50, 2); // warm-up, discarded
    const open = await constantRate(`${base}${path}`, RATE, SECONDS);
    const max = await throughput(path);
    if (!bareRps) bareRps = max.rps;
    rows.push({ name, p95: open.p95 });
    console.log(
      name.padEnd(32),
      String(open.p50).padStart(6),
      String(open.p95).padStart(6),
      String(open.p99).padStart(6),
      String(open.achievedRps).padStart(6),
      String(open.errors + max.errors).padStart(4),
      `| ${max.rps.toFixed(0)}`.padStart(10),
      (max.rps / bareRps).toFixed(2).padStart(8),
      String(max.p99).padStart(7),
    );
  }
  const catalog = rows[1]!;
  console.log(
    `\nlatencies in ms. Target catalog p95 < 50 ms at ${RATE} req/s: ${catalog.p95 < 50 ? "met" : "NOT met"} (${catalog.p95} ms)`,
  );
}

await main();
