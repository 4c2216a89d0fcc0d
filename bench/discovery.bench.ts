/**
 * End-to-end latency of partner discovery at the HTTP API (issue 4, "Performance and tests").
 *
 *   npx tsx bench/discovery.bench.ts --db postgres|pglite --orgs 100000 --iterations 200
 *
 * Creates a fresh database (PostgreSQL: `cg_bench` on DATABASE_URL's server, by default
 * postgres://postgres@127.0.0.1:5432, the same database as the directory benchmark; PGlite: a
 * temporary data directory), migrates it, generates the organisations with
 * bench/generate-organizations.ts, starts the real app on 127.0.0.1 and signs a bench user in
 * through the real sign-in route; that user owns one generated organisation, the requester.
 * Then, one request at a time over one keep-alive connection, it sends
 *   - POST /api/v1/discovery/matches: a need of 3 issues, 4 capacities and 2 countries, the
 *     top 20 explained matches;
 *   - POST /api/v1/discovery/team: a need of 8 capacities and 3 countries;
 * each round drawing a fresh need (seeded) from the taxonomy. The very first request of a
 * fresh app process loads the in-memory discovery index from directory_entries; it is timed
 * and reported on its own, then warm-up rounds (not counted) run before the measured rounds.
 * Prints Markdown tables.
 *
 * Options:
 *   --iterations N   measured rounds; each round sends one request of each kind (default 200)
 *   --warmup N       warm-up rounds before measuring (default 5)
 *   --max-seconds S  stop measuring after S seconds even if rounds remain (default 900)
 *   --seed N         generator seed (default 20261125); the needs use N + 1
 *   --reuse          keep an existing bench database with the right row count (no regeneration)
 *   --keep           do not drop the database / delete the PGlite directory at the end
 *   --json FILE      also write the raw results as JSON
 */
import { rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { sql } from "drizzle-orm";
import { buildApp } from "../server/app.ts";
import { type Database, rowsOf } from "../server/db/client.ts";
import { createVerifiedUser } from "../server/modules/auth/users.ts";
import type { MatchResult, Team } from "../shared/discovery.ts";
import { backendOf, prepareBenchDatabase } from "./bench-database.ts";
import { type Stats, calibrate, loadAverage, ms, statsOf } from "./coalition-http.ts";
import { benchConfig } from "./coalition-pages.ts";
import { drawNeeds, requesterOrganization, vocabulary } from "./discovery-needs.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    orgs: { type: "string", default: "100000" },
    iterations: { type: "string", default: "200" },
    warmup: { type: "string", default: "5" },
    "max-seconds": { type: "string", default: "900" },
    seed: { type: "string", default: "20261125" },
    reuse: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
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
/** The person who searches: owner of one generated organisation. */
const searcher = {
  email: "discovery@bench.example.org",
  password: "bench discovery password 2026",
};
const targets = { matches: { p95: 150 }, team: { p95: 500 } } as const;
type Kind = keyof typeof targets;
const kinds: Kind[] = ["matches", "team"];

// ---------------------------------------------------------------------------------------------
// The searcher
// ---------------------------------------------------------------------------------------------

/** Creates the searcher once, as owner of the requester, then signs in through the real route. */
async function signIn(
  app: Awaited<ReturnType<typeof buildApp>>,
  database: Database,
  organizationId: string,
  publicUrl: string,
): Promise<string> {
  const existing = rowsOf<{ id: string }>(
    await database.db.execute(sql`select id from users where email = ${searcher.email}`),
  );
  const userId =
    existing[0]?.id ??
    (await createVerifiedUser(
      { db: app.services.db, auth: app.services.auth },
      { email: searcher.email, name: "Bench Searcher", password: searcher.password },
    ));
  await database.db.execute(sql`insert into organization_members (organization_id, user_id, role)
    values (${organizationId}, ${userId}, 'owner') on conflict do nothing`);
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: publicUrl, "content-type": "application/json" },
    payload: searcher,
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  return response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

type Answer = { ms: number; status: number; wireBytes: number; bytes: number; body: string };

/** POSTs over one keep-alive connection, timed from sending to the last byte of the body. */
function createPoster(base: string, cookie: string, origin: string) {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  function post(pathname: string, payload: unknown, timeout = 60_000): Promise<Answer> {
    const body = JSON.stringify(payload);
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const request = http.request(
        {
          method: "POST",
          host: url.hostname,
          port: url.port,
          path: pathname,
          agent,
          headers: {
            accept: "application/json",
            "accept-encoding": "gzip, br",
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            origin,
            cookie,
          },
          timeout,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const elapsed = performance.now() - started;
            const raw = Buffer.concat(chunks);
            const encoding = response.headers["content-encoding"];
            const plain =
              encoding === "gzip"
                ? zlib.gunzipSync(raw)
                : encoding === "br"
                  ? zlib.brotliDecompressSync(raw)
                  : raw;
            resolve({
              ms: elapsed,
              status: response.statusCode ?? 0,
              wireBytes: raw.length,
              bytes: plain.length,
              body: plain.toString("utf8"),
            });
          });
          response.on("error", reject);
        },
      );
      request.on("timeout", () => request.destroy(new Error(`timeout: ${pathname}`)));
      request.on("error", reject);
      request.end(body);
    });
  }
  return { post, close: () => agent.destroy() };
}

const routes: Record<Kind, string> = {
  matches: "/api/v1/discovery/matches",
  team: "/api/v1/discovery/team",
};

type Sample = {
  ms: number;
  wireBytes: number;
  bytes: number;
  /** matches: candidates scored; team: members proposed. */
  considered: number;
  members: number;
  uncovered: number;
};

function sampleOf(kind: Kind, answer: Answer): Sample {
  if (answer.status !== 200) {
    throw new Error(`HTTP ${answer.status} for ${kind}: ${answer.body.slice(0, 300)}`);
  }
  const base = { ms: answer.ms, wireBytes: answer.wireBytes, bytes: answer.bytes };
  if (kind === "matches") {
    const result = JSON.parse(answer.body) as MatchResult;
    return { ...base, considered: result.considered, members: result.items.length, uncovered: 0 };
  }
  const team = JSON.parse(answer.body) as Team;
  return {
    ...base,
    considered: Number.NaN,
    members: team.members.length,
    uncovered: team.uncovered.capacities.length + team.uncovered.places.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en") : "–");

async function main() {
  const runStarted = performance.now();
  const databaseOptions = { backend, orgCount, seed, reuse: args.reuse, keep: args.keep, log };
  const { database, describe, generated, dispose } = await prepareBenchDatabase(databaseOptions);
  if (generated) log(`Generated in ${(generated.totalMs / 1000).toFixed(1)} s`);
  const config = benchConfig();
  const app = await buildApp({ config, database, serveWeb: false });
  let poster: ReturnType<typeof createPoster> | null = null;
  try {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const requester = await requesterOrganization(database);
    const cookie = await signIn(app, database, requester, config.publicUrl);
    poster = createPoster(base, cookie, config.publicUrl);
    const client = poster;
    log(`App at ${base} (${describe}); requester ${requester}`);

    const words = await vocabulary(database);
    const all = drawNeeds(words, requester, 1 + warmupRounds + iterations, seed + 1);
    const [coldNeed, ...rest] = all;
    if (!coldNeed) throw new Error("no needs");
    const warmNeeds = rest.slice(0, warmupRounds);
    const measuredNeeds = rest.slice(warmupRounds);

    // The first discovery request of this process loads the index from directory_entries.
    // It may take long on a slow machine (PGlite reads the whole table through one connection).
    const coldMatches = sampleOf(
      "matches",
      await client.post(routes.matches, coldNeed.matches, 900_000),
    );
    const firstTeam = sampleOf("team", await client.post(routes.team, coldNeed.team));
    log(
      `First request (cold index): matches ${ms(coldMatches.ms)} ms; then first team ${ms(firstTeam.ms)} ms`,
    );

    log(`Warming up (${warmupRounds} rounds)...`);
    for (const need of warmNeeds) {
      for (const kind of kinds) sampleOf(kind, await client.post(routes[kind], need[kind]));
    }

    const calibrationBefore = calibrate();
    const loadBefore = loadAverage();
    log(`Measuring: ${iterations} rounds, at most ${maxSeconds} s (load ${loadBefore})...`);
    const samples = new Map<Kind, Sample[]>(kinds.map((k) => [k, []]));
    const deadline = performance.now() + maxSeconds * 1000;
    const measureStarted = performance.now();
    let rounds = 0;
    for (; rounds < measuredNeeds.length && performance.now() < deadline; rounds++) {
      const need = measuredNeeds[rounds];
      if (!need) break;
      // Alternate which kind goes first, so neither always follows the other.
      const order = rounds % 2 ? [...kinds].reverse() : kinds;
      for (const kind of order) {
        samples.get(kind)?.push(sampleOf(kind, await client.post(routes[kind], need[kind])));
      }
      if (rounds % 50 === 49) log(`  ${rounds + 1} rounds (load ${loadAverage()})`);
    }
    const measureSeconds = (performance.now() - measureStarted) / 1000;
    const loadAfter = loadAverage();
    const calibrationAfter = calibrate();

    const results = kinds.map((kind) => {
      const list = samples.get(kind) ?? [];
      const stats: Stats = statsOf(list.map((s) => s.ms));
      const considered = list.map((s) => s.considered).filter(Number.isFinite);
      return {
        kind,
        route: routes[kind],
        stats,
        target: targets[kind],
        met: stats.p95 < targets[kind].p95,
        considered: {
          median: statsOf(considered).median,
          min: statsOf(considered).min,
          max: statsOf(considered).max,
        },
        members: { mean: mean(list.map((s) => s.members)) },
        uncovered: { mean: mean(list.map((s) => s.uncovered)) },
        bytes: {
          median: statsOf(list.map((s) => s.bytes)).median,
          max: statsOf(list.map((s) => s.bytes)).max,
        },
        wireBytes: { median: statsOf(list.map((s) => s.wireBytes)).median },
      };
    });

    const dbName = backend === "postgres" ? "PostgreSQL" : "PGlite";
    const lines: string[] = [
      `## Partner discovery at the HTTP API: ${dbName}, ${orgCount.toLocaleString("en")} organisations`,
      "",
      `${rounds} measured rounds (one matches and one team request each, a fresh seeded need per round) in ${measureSeconds.toFixed(1)} s after ${warmupRounds} warm-up rounds, sequential over one keep-alive connection, signed in as the owner of the requester organisation. ` +
        `Load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after, on ${os.cpus().length} CPUs; ` +
        `calibration loop ${calibrationBefore.toFixed(0)} ms CPU before, ${calibrationAfter.toFixed(0)} ms after (lower is a faster, quieter machine).` +
        (generated
          ? ` Data generated in ${(generated.totalMs / 1000).toFixed(1)} s.`
          : " Data reused from an earlier run."),
      "",
      "| Request | Requests | Median (ms) | p95 (ms) | p99 (ms) | Min (ms) | Max (ms) | Target p95 | |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
      ...results.map(
        (r) =>
          `| ${r.kind} (${r.route}) | ${r.stats.requests} | ${ms(r.stats.median)} | ${ms(r.stats.p95)} | ${ms(r.stats.p99)} | ${ms(r.stats.min)} | ${ms(r.stats.max)} | < ${r.target.p95} ms | ${r.met ? "met" : "**missed**"} |`,
      ),
      "",
      "| Request | Considered candidates (median, min–max) | Results (mean) | Uncovered elements (mean) | Response bytes, uncompressed (median, max) | On the wire (median) |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...results.map(
        (r) =>
          `| ${r.kind} | ${r.kind === "matches" ? `${int(r.considered.median)} (${int(r.considered.min)}–${int(r.considered.max)})` : "– (not in the answer)"} | ${r.members.mean.toFixed(1)} ${r.kind === "matches" ? "matches" : "members"} | ${r.kind === "team" ? r.uncovered.mean.toFixed(2) : "–"} | ${int(r.bytes.median)}, ${int(r.bytes.max)} | ${int(r.wireBytes.median)} |`,
      ),
      "",
      `First request of the process (loads the discovery index of ${orgCount.toLocaleString("en")} directory entries, then scores): matches ${ms(coldMatches.ms)} ms (considered ${int(coldMatches.considered)}); the team request right after it: ${ms(firstTeam.ms)} ms. Not counted above.`,
      "",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    if (args.json) {
      writeFileSync(
        args.json,
        JSON.stringify(
          {
            backend,
            orgs: orgCount,
            rounds,
            warmupRounds,
            measureSeconds,
            loadBefore,
            loadAfter,
            calibrationBefore,
            calibrationAfter,
            cpus: os.cpus().length,
            cpuModel: os.cpus()[0]?.model,
            memoryGiB: os.totalmem() / 2 ** 30,
            node: process.version,
            generated,
            firstRequest: { matches: coldMatches, teamAfter: firstTeam },
            results,
            needs: { first: measuredNeeds[0], cold: coldNeed },
            samples: Object.fromEntries(
              kinds.map((k) => [k, (samples.get(k) ?? []).map((s) => Number(s.ms.toFixed(2)))]),
            ),
          },
          null,
          2,
        ),
      );
    }
    log(`Done in ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
  } finally {
    poster?.close();
    await app.close();
    rmSync(config.dataDir, { recursive: true, force: true });
    await dispose();
  }
}

await main();
