/**
 * HTTP and statistics for the coalition benchmark: timed GETs over keep-alive connections
 * (one connection for sequential requests, six for a page's parallel first load, as a
 * browser opens per origin), and medians and percentiles.
 */
import http from "node:http";
import os from "node:os";
import zlib from "node:zlib";

export type Answer = { ms: number; status: number; bytes: number; body: string };

export function createClient(base: string, cookie: string) {
  const url = new URL(base);
  const sequential = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const parallel = new http.Agent({ keepAlive: true, maxSockets: 6 });

  /** One request, timed from sending to the last byte of the (compressed) body. */
  function get(path: string, agent = sequential, decode = false): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const request = http.get(
        {
          host: url.hostname,
          port: url.port,
          path,
          agent,
          headers: { accept: "application/json", "accept-encoding": "gzip, br", cookie },
          timeout: 30_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const ms = performance.now() - started;
            const raw = Buffer.concat(chunks);
            const encoding = response.headers["content-encoding"];
            const plain = !decode
              ? raw
              : encoding === "gzip"
                ? zlib.gunzipSync(raw)
                : encoding === "br"
                  ? zlib.brotliDecompressSync(raw)
                  : raw;
            resolve({
              ms,
              status: response.statusCode ?? 0,
              bytes: plain.length,
              body: decode ? plain.toString("utf8") : "",
            });
          });
          response.on("error", reject);
        },
      );
      request.on("timeout", () => request.destroy(new Error(`timeout: ${path}`)));
      request.on("error", reject);
    });
  }

  return {
    get: (path: string) => get(path),
    /** One request over the six connections, to send several at once. */
    parallel: (path: string) => get(path, parallel),
    /** The decoded body too, to check answers during warm-up. */
    read: (path: string) => get(path, sequential, true),
    /** All paths at once over up to six connections; the time until the last answer. */
    async all(paths: string[]): Promise<{ ms: number; answers: Answer[] }> {
      const started = performance.now();
      const answers = await Promise.all(paths.map((p) => get(p, parallel)));
      return { ms: performance.now() - started, answers };
    },
    close() {
      sequential.destroy();
      parallel.destroy();
    },
  };
}

export type Stats = {
  requests: number;
  median: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
};

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

export function statsOf(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export const ms = (n: number) => n.toFixed(1);

export const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ");

/**
 * CPU time of a fixed integer loop in this process: how fast this machine is right now, so runs
 * on a busy or quiet machine can be told apart (the same loop as the directory benchmark's).
 */
export function calibrate(): number {
  const started = process.cpuUsage();
  let x = 0;
  for (let i = 0; i < 100_000_000; i++) x = (x + i * 7) | 0;
  const used = process.cpuUsage(started);
  return x === 1 ? Number.NaN : (used.user + used.system) / 1000;
}

/** The header of a Markdown table of timings, and one row of it. */
export const statsHeader = (first: string) => [
  `| ${first} | Requests | Median (ms) | p95 (ms) | p99 (ms) | Min (ms) | Max (ms) |`,
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
];
export const statsRow = (label: string, s: Stats) =>
  `| ${label} | ${s.requests} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.min)} | ${ms(s.max)} |`;
