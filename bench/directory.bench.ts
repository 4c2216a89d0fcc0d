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
 *   --database NAME  PostgreSQL: the database to create (default cg_bench), so runs can coexist
 *   --variants LIST  repositories to measure, comma-separated, interleaved request by request
 *                    (only `current`, the app's own, unless a proposal is added to repoVariants)
 */
import { rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import { buildApp } from "../server/app.ts";
import type { Database } from "../server/db/client.ts";
import { createDirectoryService } from "../server/modules/directory/directory.service.ts";
import type { DirectoryRepo } from "../server/modules/directory/directory.repo.ts";
import { backendOf, prepareBenchDatabase } from "./bench-database.ts";
import { calibrate, loadAverage, ms, statsOf } from "./coalition-http.ts";
import { benchConfig } from "./coalition-pages.ts";
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
    database: { type: "string" },
  },
  strict: true,
});

const backend = backendOf(args.db);
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
  const databaseOptions = {
    backend,
    orgCount,
    seed,
    reuse: args.reuse,
    keep: args.keep,
    log,
    ...(args.database ? { name: args.database } : {}),
  };
  const { database, describe, generated, dispose } = await prepareBenchDatabase(databaseOptions);
  if (generated) {
    log(
      `Generated in ${(generated.totalMs / 1000).toFixed(1)} s (insert ${(generated.insertMs / 1000).toFixed(1)} s, indexes ${(generated.indexMs / 1000).toFixed(1)} s, vacuum/analyze ${(generated.analyzeMs / 1000).toFixed(1)} s)`,
    );
  }
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
