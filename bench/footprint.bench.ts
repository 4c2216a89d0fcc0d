/**
 * Memory footprint of the app as a person runs it (issue 16): `node cli/bin.js start` on a
 * fresh data directory (the first start migrates and loads the demo data), then idle, then
 * under a signed-in load, then idle again. Resident memory is sampled every 100 ms over the
 * whole process tree (the app and anything it starts) from /proc; the peak is the largest
 * sample and the kernel's high-water mark of the app process (VmHWM), whichever is larger.
 *
 *   npx tsx bench/footprint.bench.ts [pglite|postgres] [--seconds 60] [--clients 20]
 *
 * PostgreSQL mode needs BENCH_DATABASE_URL (a server URL; a fresh database is made on it).
 * Results go to bench/results/footprint-<mode>.json and .md. Linux only (/proc).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const mode = (args.find((a) => a === "pglite" || a === "postgres") ?? "pglite") as
  "pglite" | "postgres";
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const loadSeconds = option("seconds", 60);
const clients = option("clients", 20);
const MiB = 1024 * 1024;

/** Resident memory of a process and its descendants, in bytes; and the app's VmHWM. */
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
      if (pid === rootPid) hwm = kb("VmHWM") * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return { rss, hwm };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "cg-footprint-"));
  const port = await freePort();
  const url = `http://localhost:${port}`;
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (mode === "postgres") {
    const server = process.env.BENCH_DATABASE_URL;
    if (!server) throw new Error("PostgreSQL mode needs BENCH_DATABASE_URL");
    const name = `cg_footprint_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(server);
    target.pathname = `/${name}`;
    databaseUrl = target.toString();
    dropDatabase = async () => {
      const again = new pg.Client({ connectionString: server });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    };
  }

  const started = Date.now();
  const app: ChildProcess = spawn(process.execPath, ["cli/bin.js", "start", "--no-build"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      AUTH_SECRET: "footprint-benchmark-secret-0123456789abcdef",
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: url,
      LOG_LEVEL: "warn",
      RATE_LIMIT: "false",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const samples: { at: number; phase: string; rss: number }[] = [];
  let phase = "start";
  let hwm = 0;
  const sampler = setInterval(() => {
    const m = treeMemory(app.pid!);
    hwm = Math.max(hwm, m.hwm);
    samples.push({ at: Date.now() - started, phase, rss: m.rss });
  }, 100);

  try {
    // Ready: the database migrated, the demo loaded, the indexes built.
    for (;;) {
      if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}`);
      const ok = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await sleep(250);
    }
    const readyAfter = Date.now() - started;
    phase = "idle";
    await sleep(15_000);

    // A signed-in person's browsing, from many tabs at once.
    const signIn = await fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { origin: url, "content-type": "application/json" },
      body: JSON.stringify({
        email: "james@demo.common-ground.org",
        password: "common-ground-demo",
      }),
    });
    if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
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
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
