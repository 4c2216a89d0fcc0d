/**
 * End-to-end latency of the directory search at the HTTP API.
 *
 *   npx tsx bench/directory.bench.ts --db postgres|pglite --orgs 100000 --iterations 200
 *
 * Creates a fresh database (PostgreSQL: `cg_bench` on DATABASE_URL's server, by default
 * postgres://postgres@127.0.0.1:5432; PGlite: a temporary data directory), migrates it,
 * generates the organisations, starts the real app on 127.0.0.1 and sends real HTTP requests,
 * one at a time, for a mix of query kinds. Prints Markdown tables.
 *
 * Options:
 *   --iterations N   rounds; each round sends one request of every kind (default 200); a
 *                    second-page request is preceded by its (untimed) first page
 *   --warmup N       warm-up rounds before measuring (default 3)
 *   --max-seconds S  stop measuring after S seconds even if rounds remain (default 900)
 *   --seed N         generator seed (default 20261125)
 *   --reuse          keep an existing bench database with the right row count (no regeneration)
 *   --keep           do not drop the database / delete the PGlite directory at the end
 *   --json FILE      also write the raw results as JSON
 *   --variants LIST  repositories to measure, comma-separated, interleaved request by request
 *                    (only `current`, the app's own, unless a proposal is added to repoVariants)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { sql } from "drizzle-orm";
import { buildApp } from "../server/app.ts";
import type { Config } from "../server/config.ts";
import { type Database, openDatabase, rowsOf } from "../server/db/client.ts";
import { createDirectoryService } from "../server/modules/directory/directory.service.ts";
import type { DirectoryRepo } from "../server/modules/directory/directory.repo.ts";
import { generateOrganizations } from "./generate-organizations.ts";
import { type Kind, type Params, type Variant, buildVariants, toSearchParams } from "./queries.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    orgs: { type: "string", default: "100000" },
    iterations: { type: "string", default: "200" },
    warmup: { type: "string", default: "3" },
    "max-seconds": { type: "string", default: "900" },
    seed: { type: "string", default: "20261125" },
    reuse: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
    variants: { type: "string", default: "current" },
  },
  strict: true,
});

const backend = args.db;
if (backend !== "postgres" && backend !== "pglite")
  throw new Error("--db must be postgres or pglite");
const orgCount = Number(args.orgs);
const iterations = Number(args.iterations);
const warmupRounds = Number(args.warmup);
const maxSeconds = Number(args["max-seconds"]);
const seed = Number(args.seed);
for (const [name, value] of Object.entries({
  orgCount,
  iterations,
  warmupRounds,
  maxSeconds,
  seed,
})) {
  if (!Number.isFinite(value) || value < 0) throw new Error(`bad number for ${name}`);
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const benchDatabase = "cg_bench";

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function countOrganizations(database: Database): Promise<number> {
  try {
    const result = await database.db.execute(sql`select count(*)::int as n from organizations`);
    return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
  } catch {
    return -1;
  }
}

/** A migrated database holding `orgCount` generated organisations, and how to dispose of it. */
async function prepareDatabase(): Promise<{
  database: Database;
  describe: string;
  generated: Awaited<ReturnType<typeof generateOrganizations>> | null;
  dispose: () => Promise<void>;
}> {
  let database: Database;
  let describe: string;
  let dispose: () => Promise<void>;
  if (backend === "postgres") {
    const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const url = withDatabase(serverUrl, benchDatabase);
    const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
    await admin.connect();
    const exists =
      (await admin.query("select 1 from pg_database where datname = $1", [benchDatabase]))
        .rowCount === 1;
    let fresh = true;
    if (exists && args.reuse) {
      const probe = await openDatabase({ databaseUrl: url });
      fresh = (await countOrganizations(probe)) !== orgCount;
      await probe.close();
    }
    if (fresh) {
      await admin.query(`drop database if exists ${benchDatabase} with (force)`);
      await admin.query(`create database ${benchDatabase}`);
    }
    await admin.end();
    database = await openDatabase({ databaseUrl: url });
    describe = `PostgreSQL database ${benchDatabase} on ${new URL(url).host}`;
    dispose = async () => {
      await database.close();
      if (args.keep || args.reuse) return;
      const cleanup = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${benchDatabase} with (force)`);
      await cleanup.end();
    };
  } else {
    const keepDir = args.keep || args.reuse;
    const dir = keepDir
      ? path.join(os.tmpdir(), `cg-bench-pglite-${orgCount}`)
      : mkdtempSync(path.join(os.tmpdir(), "cg-bench-pglite-"));
    if (keepDir && !args.reuse && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    database = await openDatabase({ dataDir: dir });
    describe = `PGlite in ${dir}`;
    dispose = async () => {
      await database.close();
      if (!keepDir) rmSync(dir, { recursive: true, force: true });
    };
  }
  await database.migrate();
  let generated: Awaited<ReturnType<typeof generateOrganizations>> | null = null;
  const existing = await countOrganizations(database);
  if (existing === orgCount && args.reuse) {
    log(`Reusing ${existing} organisations in ${describe}`);
  } else {
    if (existing !== 0) throw new Error(`${describe} is not empty (${existing} organisations)`);
    log(`Generating ${orgCount} organisations in ${describe}...`);
    let lastReport = performance.now();
    generated = await generateOrganizations(database, {
      count: orgCount,
      seed,
      onProgress: (done) => {
        if (performance.now() - lastReport > 5000 || done === orgCount) {
          lastReport = performance.now();
          log(`  ${done} inserted`);
        }
      },
    });
    log(
      `Generated in ${(generated.totalMs / 1000).toFixed(1)} s (insert ${(generated.insertMs / 1000).toFixed(1)} s, indexes ${(generated.indexMs / 1000).toFixed(1)} s, vacuum/analyze ${(generated.analyzeMs / 1000).toFixed(1)} s)`,
    );
  }
  return { database, describe, generated, dispose };
}

function benchConfig(): Config {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "cg-bench-app-"));
  return {
    env: "production",
    host: "127.0.0.1",
    port: 0,
    publicUrl: "http://127.0.0.1",
    dataDir,
    databaseUrl: undefined,
    authSecret: "bench-secret-bench-secret-bench-secret-01",
    smtpUrl: undefined,
    mailFrom: "Common Ground <bench@example.org>",
    outboxDir: path.join(dataDir, "outbox"),
    logLevel: "silent",
    demoData: false,
    trustProxy: false,
    rateLimit: false,
  };
}

// ---------------------------------------------------------------------------------------------
// The query mix
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

type DirectoryResponse = {
  items: unknown[];
  total: number;
  nextCursor: string | null;
};

function urlFor(base: string, params: Params): string {
  const query = toSearchParams(params).toString();
  return `${base}/api/v1/directory${query ? `?${query}` : ""}`;
}

/** One request, timed from sending to the last byte of the body. */
async function timedGet(url: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, {
    headers: { accept: "application/json", "accept-encoding": "gzip, deflate, br" },
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

type Stats = {
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

function statsOf(samples: number[]): Stats {
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

const ms = (n: number) => n.toFixed(1);

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

/**
 * The repository behind the route. Only the app's own today; to compare a proposal, add a
 * factory here and name it in --variants: requests to the variants are interleaved.
 */
const repoVariants = {
  current: null,
} satisfies Record<string, ((db: Database["db"]) => DirectoryRepo) | null>;
type RepoVariant = keyof typeof repoVariants;

function isRepoVariant(name: string): name is RepoVariant {
  return Object.hasOwn(repoVariants, name);
}

type Server = { name: RepoVariant; base: string; close: () => Promise<void> };

async function startServer(database: Database, name: RepoVariant): Promise<Server> {
  const config = benchConfig();
  const app = await buildApp({ config, database, serveWeb: false });
  const makeRepo = repoVariants[name] as ((db: Database["db"]) => DirectoryRepo) | null;
  if (makeRepo) {
    // The route reads `services.directory` on every request, so swapping it is enough.
    app.services.directory = createDirectoryService({ repo: makeRepo(database.db) });
  }
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    name,
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * CPU time of a fixed integer loop in this process: how fast this machine is right now, so runs
 * on a busy or quiet machine can be told apart.
 */
function calibrate(): number {
  const started = process.cpuUsage();
  let x = 0;
  for (let i = 0; i < 100_000_000; i++) x = (x + i * 7) | 0;
  const used = process.cpuUsage(started);
  return x === 1 ? Number.NaN : (used.user + used.system) / 1000;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ");

function resultTable(samples: Map<Kind, number[]>, kinds: Kind[]) {
  const results = kinds.map((kind) => ({ kind, ...statsOf(samples.get(kind) ?? []) }));
  const overall = statsOf([...samples.values()].flat());
  const lines = [
    "| Query kind | Requests | Median (ms) | p95 (ms) | p99 (ms) | Min (ms) | Max (ms) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(
      (r) =>
        `| ${r.kind} | ${r.requests} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.min)} | ${ms(r.max)} |`,
    ),
    `| **overall** | ${overall.requests} | **${ms(overall.median)}** | **${ms(overall.p95)}** | ${ms(overall.p99)} | ${ms(overall.min)} | ${ms(overall.max)} |`,
  ];
  return { results, overall, lines };
}

async function main() {
  const runStarted = performance.now();
  const variantNames = (args.variants ?? "current").split(",").map((v) => v.trim());
  for (const name of variantNames) {
    if (!isRepoVariant(name)) throw new Error(`unknown variant ${name}`);
  }
  const { database, describe, generated, dispose } = await prepareDatabase();
  const servers: Server[] = [];
  try {
    for (const name of variantNames) {
      if (isRepoVariant(name)) servers.push(await startServer(database, name));
    }
    for (const server of servers) log(`${server.name}: ${server.base} (${describe})`);

    const variants = await buildVariants(database);
    const kinds = [...new Set(variants.map((x) => x.kind))];
    const byKind = new Map<Kind, Variant[]>(
      kinds.map((k) => [k, variants.filter((x) => x.kind === k)]),
    );

    // Page-two variants need the cursor of their first page (the same on every server).
    const paths = new Map<Variant, string>();
    const totals = new Map<Variant, { total: number; bytes: number }>();
    const first = servers[0];
    if (!first) throw new Error("no server");
    for (const variant of variants) {
      let params = variant.params;
      if (variant.firstPageOf) {
        const answer = await timedGet(urlFor(first.base, variant.firstPageOf));
        const parsed = JSON.parse(answer.body) as DirectoryResponse;
        if (!parsed.nextCursor) throw new Error(`no second page for ${variant.label}`);
        params = { ...variant.firstPageOf, cursor: parsed.nextCursor };
      }
      paths.set(variant, urlFor("", params));
    }

    log(`Warming up (${warmupRounds} rounds of ${variants.length} queries per server)...`);
    const bodies = new Map<string, string>();
    for (let round = 0; round < warmupRounds; round++) {
      for (const variant of variants) {
        for (const server of servers) {
          const url = `${server.base}${paths.get(variant) as string}`;
          const answer = await timedGet(url);
          if (answer.status !== 200) {
            throw new Error(`HTTP ${answer.status} for ${url}: ${answer.body.slice(0, 300)}`);
          }
          const parsed = JSON.parse(answer.body) as DirectoryResponse;
          totals.set(variant, { total: parsed.total, bytes: Buffer.byteLength(answer.body) });
          // Every server must give the same answer.
          const key = paths.get(variant) as string;
          const seen = bodies.get(key);
          if (seen === undefined) bodies.set(key, answer.body);
          else if (seen !== answer.body) {
            throw new Error(`${server.name} answers ${key} differently from ${first.name}`);
          }
        }
      }
    }

    const calibrationBefore = calibrate();
    const loadBefore = loadAverage();
    log(
      `Measuring: ${iterations} rounds of ${kinds.length} kinds x ${servers.length} server(s), at most ${maxSeconds} s (load ${loadBefore})...`,
    );
    const samples = new Map<RepoVariant, Map<Kind, number[]>>(
      servers.map((s) => [s.name, new Map(kinds.map((k) => [k, [] as number[]]))]),
    );
    let errors = 0;
    const deadline = performance.now() + maxSeconds * 1000;
    const measureStarted = performance.now();
    let rounds = 0;
    for (; rounds < iterations && performance.now() < deadline; rounds++) {
      for (const kind of kinds) {
        const list = byKind.get(kind) ?? [];
        const variant = list[rounds % list.length];
        if (!variant) continue;
        // Alternate which server goes first, so neither always meets the warmer cache.
        for (let i = 0; i < servers.length; i++) {
          const server = servers[(i + rounds) % servers.length] as Server;
          // A second page follows its first page, as in the browser: fetch that first, untimed.
          if (variant.firstPageOf) await timedGet(urlFor(server.base, variant.firstPageOf));
          const answer = await timedGet(`${server.base}${paths.get(variant) as string}`);
          if (answer.status !== 200) {
            errors++;
            continue;
          }
          samples.get(server.name)?.get(kind)?.push(answer.ms);
        }
      }
      if (rounds % 25 === 24) log(`  ${rounds + 1} rounds (load ${loadAverage()})`);
    }
    const measureSeconds = (performance.now() - measureStarted) / 1000;
    const loadAfter = loadAverage();
    const calibrationAfter = calibrate();

    const lines: string[] = [
      `## Directory search at the HTTP API: ${backend === "postgres" ? "PostgreSQL" : "PGlite"}, ${orgCount.toLocaleString("en")} organisations`,
      "",
      `${rounds} rounds in ${measureSeconds.toFixed(1)} s, sequential, one request at a time; ${errors} errors. ` +
        `Load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after, on ${os.cpus().length} CPUs; ` +
        `calibration loop ${calibrationBefore.toFixed(0)} ms CPU before, ${calibrationAfter.toFixed(0)} ms after (lower is a faster, quieter machine).` +
        (generated
          ? ` Data generated in ${(generated.totalMs / 1000).toFixed(1)} s (insert ${(generated.insertMs / 1000).toFixed(1)} s, indexes ${(generated.indexMs / 1000).toFixed(1)} s, vacuum analyze ${(generated.analyzeMs / 1000).toFixed(1)} s).`
          : " Data reused from an earlier run."),
      "",
    ];
    const summary: Record<string, unknown> = {};
    for (const server of servers) {
      const table = resultTable(samples.get(server.name) ?? new Map(), kinds);
      summary[server.name] = { overall: table.overall, results: table.results };
      lines.push(
        `### Repository: ${server.name}`,
        "",
        ...table.lines,
        "",
        `Target (median < 50 ms, p95 < 150 ms): ${
          table.overall.median < 50 && table.overall.p95 < 150 ? "met" : "**missed**"
        }.`,
        "",
      );
    }
    lines.push(
      "| Kind | Query | Matches | Response bytes (uncompressed) |",
      "| --- | --- | ---: | ---: |",
      ...variants.map((x) => {
        const t = totals.get(x);
        return `| ${x.kind} | \`${x.label || "(none)"}\`${x.firstPageOf ? " page 2" : ""} | ${t?.total ?? "?"} | ${t?.bytes ?? "?"} |`;
      }),
      "",
    );
    process.stdout.write(`${lines.join("\n")}\n`);
    if (args.json) {
      writeFileSync(
        args.json,
        JSON.stringify(
          {
            backend,
            orgs: orgCount,
            rounds,
            errors,
            loadBefore,
            loadAfter,
            calibrationBefore,
            calibrationAfter,
            generated,
            summary,
            variants: variants.map((x) => ({ kind: x.kind, label: x.label, ...totals.get(x) })),
          },
          null,
          2,
        ),
      );
    }
    log(`Done in ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
  } finally {
    for (const server of servers) await server.close();
    await dispose();
  }
}

await main();
