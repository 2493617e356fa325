import http from "node:http";

export type TLatency = { p50: number; p95: number; p99: number; sent: number; errors: number; achievedRps: number };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Open-loop load: one request every 1000/rps ms whatever the server does, over keep-alive connections, so a slow
 * answer cannot hold the next request back (closed-loop tools hide that queueing). Latency is measured from the
 * moment each request was due.
 */
export async function constantRate(url: string, rps: number, seconds: number): Promise<TLatency> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL(url);
  const latencies: number[] = [];
  let errors = 0;
  const total = rps * seconds;
  const interval = 1000 / rps;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      new Promise<void>((resolve) => {
        const req = http.get(
          {
            host: target.hostname,
            port: target.port,
            path: target.pathname + target.search,
            agent,
            headers: { "accept-language": "ru" },
          },
          (res) => {
            res.resume();
            res.on("end", () => {
              if (res.statusCode !== 200) errors += 1;
              latencies.push(performance.now() - due);
              resolve();
            });
          },
        );
        req.on("error", () => {
          errors += 1;
          resolve();
        });
      }),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    sent: total,
    errors,
    achievedRps: Math.round(total / elapsed),
  };
}
