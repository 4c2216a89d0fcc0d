/**
 * Plans and SQL-level timings of the directory search on the benchmark database.
 *
 *   npx tsx bench/explain.ts [--plan] [--print-sql] [--runs 30] [--variant current,proposed,proposed-key] \
 *     "q=rights" "country=SY&issue=torture" ""
 *
 * Each argument is a query string as the HTTP API receives it. The SQL is captured from the real
 * service and repository (bench/capture-sql.ts), or from the proposed repository in
 * bench/directory-proposed.ts, then run on PostgreSQL (DATABASE_URL's server, database cg_bench)
 * inside a transaction exactly as the app does: `--plan` prints EXPLAIN (ANALYZE, BUFFERS), and
 * every query is timed `--runs` times (median, p95, in ms, client side, round trips included),
 * the variants interleaved run by run. The backend's CPU time per query (from /proc, 10 ms ticks,
 * parallel workers not included) is a measure that depends much less on other load.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { readFileSync } from "node:fs";
import os from "node:os";
import type { Db } from "../server/db/client.ts";
import { type CapturedStatement, captureDirectorySql } from "./capture-sql.ts";
import { createProposedDirectoryRepo } from "./directory-proposed.ts";

const { values: args, positionals } = parseArgs({
  options: {
    plan: { type: "boolean", default: false },
    "print-sql": { type: "boolean", default: false },
    runs: { type: "string", default: "30" },
    variant: { type: "string", default: "current" },
    "signed-in": { type: "boolean", default: false },
  },
  allowPositionals: true,
  strict: true,
});

const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const url = new URL(serverUrl);
url.pathname = "/cg_bench";

const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
const backendPid: number = (await client.query("select pg_backend_pid() as pid")).rows[0]
  .pid as number;
const runs = Number(args.runs);
const queries = positionals.length ? positionals : [""];
const variants = args.variant.split(",").map((v) => v.trim());
const rows: string[] = [];

/** CPU time (user + system, ms) the server process behind `client` has used so far (Linux). */
function backendCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/${backendPid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

async function runOnce(statements: CapturedStatement[]) {
  const search = statements.at(-1) as CapturedStatement;
  const started = performance.now();
  await client.query("begin");
  for (const s of statements.slice(0, -1)) await client.query(s.sql, s.params);
  const result = await client.query(search.sql, search.params);
  await client.query("commit");
  const ms = performance.now() - started;
  return { ms, total: (result.rows[0] as { result: { total?: number } }).result.total };
}

try {
  for (const query of queries) {
    const captured = new Map<string, CapturedStatement[]>();
    for (const variant of variants) {
      const options = { proposed: {}, "proposed-key": { sortKeyColumn: "name_sort_key" } }[variant];
      if (variant !== "current" && !options) throw new Error(`unknown variant ${variant}`);
      const statements = await captureDirectorySql(query, {
        signedIn: args["signed-in"],
        ...(options ? { createRepo: (db: Db) => createProposedDirectoryRepo(db, options) } : {}),
      });
      captured.set(variant, statements);
      const search = statements.at(-1);
      if (!search) throw new Error("no statement captured");
      if (args["print-sql"]) {
        process.stdout.write(
          `\n-- ${query || "(empty)"} [${variant}]\n${search.sql}\n-- params: ${JSON.stringify(search.params)}\n`,
        );
      }
      if (args.plan) {
        await client.query("begin");
        for (const s of statements.slice(0, -1)) await client.query(s.sql, s.params);
        const plan = await client.query(`explain (analyze, buffers) ${search.sql}`, search.params);
        await client.query("commit");
        process.stdout.write(
          `\n### ${query || "(empty)"} [${variant}]\n${plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")}\n`,
        );
      }
    }
    // Interleave the variants run by run, so a change in machine load hits both alike.
    const times = new Map<string, number[]>(variants.map((v) => [v, []]));
    const cpu = new Map<string, number>(variants.map((v) => [v, 0]));
    const totals = new Map<string, number | undefined>();
    for (let i = 0; i < runs + 1; i++) {
      for (const variant of i % 2 ? [...variants].reverse() : variants) {
        const cpuBefore = backendCpuMs();
        const { ms, total } = await runOnce(captured.get(variant) as CapturedStatement[]);
        if (i > 0) {
          times.get(variant)?.push(ms);
          cpu.set(variant, (cpu.get(variant) ?? 0) + backendCpuMs() - cpuBefore);
        }
        totals.set(variant, total);
      }
    }
    for (const variant of variants) {
      const sorted = [...(times.get(variant) ?? [])].sort((a, b) => a - b);
      const at = (p: number) =>
        sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
      rows.push(
        `| \`${query || "(empty)"}\` | ${variant} | ${totals.get(variant) ?? "?"} | ${at(0.5).toFixed(1)} | ${at(0.95).toFixed(1)} | ${((cpu.get(variant) ?? 0) / runs).toFixed(0)} |`,
      );
    }
  }
} finally {
  await client.end();
}
if (runs > 0) {
  process.stdout.write(
    `\nLoad average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(
        " / ",
      )}\n\n| Query | Variant | Matches | SQL median (ms) | SQL p95 (ms) | Backend CPU (ms/query) |\n| --- | --- | ---: | ---: | ---: | ---: |\n${rows.join("\n")}\n`,
  );
}
