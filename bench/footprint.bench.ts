/**
 * Memory footprint of the app as a person runs it (issue 16): `node cli/bin.js start` on a
 * fresh data directory (the first start migrates and loads the demo data), then idle, then
 * under a signed-in load, then idle again. Resident memory is sampled every 50 ms over the
 * whole process tree (the app and anything it starts) from /proc. The peak is the largest
 * of the samples and of the sums of the kernel's high-water marks (VmHWM) of the processes
 * alive at a sample: a child's spike between two samples (the embedded database's creation
 * runs in one) is counted that way, and a process's high-water mark never understates it.
 *
 *   npx tsx bench/footprint.bench.ts [pglite|postgres] [--seconds 60] [--clients 20]
 *
 * PostgreSQL mode needs BENCH_DATABASE_URL (a server URL; a fresh database is made on it).
 * Results go to bench/results/footprint-<mode>.json and .md. Linux only (/proc).
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Mode, root, sleep, startAppProcess } from "./app-process.ts";

const args = process.argv.slice(2);
const mode = (args.find((a) => a === "pglite" || a === "postgres") ?? "pglite") as Mode;
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const loadSeconds = option("seconds", 60);
const clients = option("clients", 20);
const MiB = 1024 * 1024;

/** Resident memory of a process and its descendants, and the sum of their VmHWM, in bytes. */
function treeMemory(rootPid: number): { rss: number; hwm: number } {
  const parent = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command may hold spaces and brackets: the fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++)
      if (p === rootPid) return true;
    return false;
  };
  let rss = 0;
  let hwm = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = (field: string) =>
        Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      rss += kb("VmRSS") * 1024;
      hwm += kb("VmHWM") * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return { rss, hwm };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function main() {
  const started = Date.now();
  const app = await startAppProcess(mode);
  const url = app.url;
  const samples: { at: number; phase: string; rss: number }[] = [];
  let phase = "start";
  let hwm = 0;
  const sampler = setInterval(() => {
    const m = treeMemory(app.pid);
    hwm = Math.max(hwm, m.hwm);
    samples.push({ at: Date.now() - started, phase, rss: m.rss });
  }, 50);

  try {
    await app.ready();
    const readyAfter = Date.now() - started;
    phase = "idle";
    await sleep(15_000);

    // A signed-in person's browsing, from many tabs at once.
    const cookie = await app.signIn("james@demo.common-ground.org");
    const paths = [
      "/",
      "/directory",
      "/api/v1/directory?q=women",
      "/api/v1/directory?q=protection",
      "/api/v1/directory",
      "/api/v1/coalitions",
      "/api/v1/me/notifications",
      "/api/v1/organizations/mine",
      "/api/v1/discovery/network",
      "/api/v1/records/statistics",
      "/api/v1/session",
    ];
    phase = "load";
    const latencies: number[] = [];
    let errors = 0;
    const until = Date.now() + loadSeconds * 1000;
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let i = c; Date.now() < until; i++) {
          const t0 = performance.now();
          const answer = await fetch(`${url}${paths[i % paths.length]}`, {
            headers: { cookie, origin: url },
          }).catch(() => null);
          if (!answer || answer.status >= 500) errors++;
          await answer?.arrayBuffer();
          latencies.push(performance.now() - t0);
        }
      }),
    );
    phase = "after";
    await sleep(10_000);

    const of = (p: string) => samples.filter((s) => s.phase === p).map((s) => s.rss);
    const largest = Math.max(hwm, ...samples.map((s) => s.rss));
    const result = {
      mode,
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      readyAfterSeconds: readyAfter / 1000,
      peakMiB: largest / MiB,
      peakDuringStartMiB: Math.max(...of("start")) / MiB,
      idleMedianMiB: percentile(of("idle"), 50) / MiB,
      loadMedianMiB: percentile(of("load"), 50) / MiB,
      loadMaxMiB: Math.max(...of("load")) / MiB,
      afterMedianMiB: percentile(of("after"), 50) / MiB,
      load: {
        clients,
        seconds: loadSeconds,
        requests: latencies.length,
        errors,
        medianMs: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95),
        p99Ms: percentile(latencies, 99),
      },
    };
    const round = (n: number) => Math.round(n);
    const md = [
      `# Footprint, ${mode} (${new Date().toISOString().slice(0, 10)})`,
      "",
      `Machine: ${result.machine}. Demo data, first start on a fresh data directory (web build present).`,
      "",
      "| Phase | Resident memory (MiB) |",
      "|---|---|",
      `| Peak, first start included | ${round(result.peakMiB)} |`,
      `| Peak during the first start | ${round(result.peakDuringStartMiB)} |`,
      `| Idle after start (median) | ${round(result.idleMedianMiB)} |`,
      `| Under load (median / max) | ${round(result.loadMedianMiB)} / ${round(result.loadMaxMiB)} |`,
      `| Idle after the load (median) | ${round(result.afterMedianMiB)} |`,
      "",
      `Ready after ${result.readyAfterSeconds.toFixed(1)} s. Load: ${clients} clients for ${loadSeconds} s, ${result.load.requests} requests, ${errors} errors, median ${result.load.medianMs.toFixed(0)} ms, p95 ${result.load.p95Ms.toFixed(0)} ms, p99 ${result.load.p99Ms.toFixed(0)} ms.`,
      "",
    ].join("\n");
    const out = path.join(root, "bench/results", `footprint-${mode}`);
    writeFileSync(`${out}.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${out}.md`, md);
    console.log(md);
  } finally {
    clearInterval(sampler);
    await app.stop();
  }
}

await main();
