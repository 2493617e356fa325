// The part of autocannon 9 that bench/catalog.ts uses: the package ships no types, and @types/autocannon
// describes version 7.
declare module "autocannon" {
  type TOptions = { url: string; duration: number; connections: number; headers?: Record<string, string> };
  type TStats = { average: number; p50: number; p99: number };
  type TResult = { requests: TStats; latency: TStats; errors: number; timeouts: number; non2xx: number };
  export default function autocannon(options: TOptions): Promise<TResult>;
}
