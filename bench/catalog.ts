// Catalog and course page under load, side by side with a bare Next.js route, through nginx, in one run.
// Usage: npm start (the platform with demo data), then `pnpm bench:catalog [baseUrl]`.
// Each target runs twice: at a fixed 200 req/s (the target: catalog p95 < 50 ms) and flat out (throughput).
import autocannon from "autocannon";

const base = process.argv[2] ?? "http://localhost:8080";
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

type TResult = { name: string; mode: string; p50: number; p95: number; p99: number; rps: number; errors: number };

async function run(name: string, path: string, mode: "200 req/s" | "max"): Promise<TResult> {
  const result = await autocannon({
    url: `${base}${path}`,
    duration: DURATION,
    connections: mode === "max" ? 32 : 20,
    ...(mode === "200 req/s" ? { overallRate: 200 } : {}),
    headers: { "accept-language": "ru" },
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { name, mode, p50: result.latency.p50, p95: result.latency.p97_5 ?? result.latency.p99, p99: result.latency.p99, rps: result.requests.average, errors };
}

// autocannon reports p97.5, not p95; we print it under "p95" as the conservative bound (p97.5 ≥ p95).
async function main() {
  const slug = ((await (await fetch(`${base}/api/v1/courses`)).json()) as { courses: { slug: string }[] }).courses[0]?.slug;
  if (!slug) throw new Error("no course in the catalog: run `npm start` first (it seeds the demo courses)");
  const targets: [string, string][] = [
    ["bare Next route (/api/health)", "/api/health"],
    ["catalog JSON (/api/v1/courses)", "/api/v1/courses"],
    ["course page HTML (/courses/…)", `/courses/${slug}`],
  ];
  const results: TResult[] = [];
  for (const mode of ["200 req/s", "max"] as const) {
    for (const [name, path] of targets) {
      await run(name, path, mode); // warm-up pass, discarded: first requests compile caches and open pools
      results.push(await run(name, path, mode));
    }
  }
  const bare = (mode: string) => results.find((r) => r.mode === mode && r.name.startsWith("bare"))!;
  console.log(`\n${base}, ${DURATION} s per run\n`);
  console.log("target".padEnd(34), "mode".padEnd(10), "p50 ms".padStart(7), "p95* ms".padStart(8), "p99 ms".padStart(7), "req/s".padStart(8), "vs bare".padStart(8), "errors".padStart(7));
  for (const r of results) {
    const ratio = r.mode === "max" ? (r.rps / bare(r.mode).rps).toFixed(2) : (r.p99 / Math.max(1, bare(r.mode).p99)).toFixed(2) + "×p99";
    console.log(r.name.padEnd(34), r.mode.padEnd(10), String(r.p50).padStart(7), String(r.p95).padStart(8), String(r.p99).padStart(7), r.rps.toFixed(0).padStart(8), ratio.padStart(8), String(r.errors).padStart(7));
  }
  const catalog = results.find((r) => r.mode === "200 req/s" && r.name.startsWith("catalog"))!;
  console.log(`\n* p95 column is autocannon's p97.5. Target catalog p95 < 50 ms at 200 req/s: ${catalog.p95 < 50 ? "met" : "NOT met"} (${catalog.p95} ms)`);
}

await main();
