/**
 * Times plain SQL statements on the benchmark database, interleaved, for quick experiments.
 *
 *   npx tsx bench/sql-time.ts --runs 10 [--setup "set jit = off"] "select ..." "select ..."
 *
 * Reports the client-side wall time (median, p95) and the backend's CPU time per run (from
 * /proc, 10 ms ticks; parallel workers not included), which depends much less on other load.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";

const { values: args, positionals } = parseArgs({
  options: {
    runs: { type: "string", default: "10" },
    setup: { type: "string", multiple: true, default: [] },
  },
  allowPositionals: true,
  strict: true,
});
const url = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
url.pathname = "/cg_bench";
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
const pid = (await client.query("select pg_backend_pid() as pid")).rows[0].pid as number;
const cpuMs = () => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
for (const s of args.setup) await client.query(s);
const runs = Number(args.runs);
const wall = positionals.map(() => [] as number[]);
const cpu = positionals.map(() => 0);
for (let i = 0; i <= runs; i++) {
  for (const [j, statement] of positionals.entries()) {
    const c = cpuMs();
    const t = performance.now();
    await client.query(statement);
    if (i > 0) {
      wall[j]?.push(performance.now() - t);
      cpu[j] = (cpu[j] ?? 0) + cpuMs() - c;
    }
  }
}
await client.end();
process.stdout.write(
  `load ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ")}\n`,
);
process.stdout.write(
  "| # | Wall median (ms) | Wall p95 (ms) | CPU (ms/run) | Statement |\n| ---: | ---: | ---: | ---: | --- |\n",
);
for (const [j, statement] of positionals.entries()) {
  const sorted = [...(wall[j] ?? [])].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  process.stdout.write(
    `| ${j + 1} | ${at(0.5).toFixed(1)} | ${at(0.95).toFixed(1)} | ${((cpu[j] ?? 0) / runs).toFixed(0)} | \`${statement.replace(/\s+/g, " ").slice(0, 160)}\` |\n`,
  );
}
