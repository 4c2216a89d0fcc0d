/**
 * End-to-end latency of a joint risk assessment's heat map at the HTTP API.
 *
 *   npm run bench:risk -- --db postgres|pglite --organizations 500 --iterations 200
 *
 * Creates a fresh database (PostgreSQL: `cg_bench_risk` on DATABASE_URL's server, by default
 * postgres://postgres@127.0.0.1:5432; PGlite: a temporary data directory), migrates it and
 * starts the real app on 127.0.0.1 (background jobs off). Through the app's own routes it makes
 * a person, the convening organisation, a coalition and an assessment of a publication; then
 * writes straight into the tables (seeded, so every run has the same data) the other member
 * organisations (copies of the first, active members) and each one's answer: six ratings, one
 * per category, two mitigations, one in ten named. On PostgreSQL it then runs ANALYZE.
 *
 * Signed in as the convener (who also reads who has not answered), it times, over a
 * keep-alive connection with gzip/br accepted, from sending to the last byte:
 *   - the first GET /api/v1/risk-assessments/{id} after the app started;
 *   - after warm-up rounds, each round: the assessment (heat map, threshold, register, who has
 *     not answered), then the fronting advice over every member organisation.
 * Prints Markdown; --json FILE also writes the raw figures.
 *
 * Options: --organizations N (default 500) --iterations N (200) --warmup N (20)
 *          --seed N --keep --json FILE
 */
import { rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { defaultDecisionRules } from "../shared/coalitions.ts";
import { RiskAssessment } from "../shared/risk/api.ts";
import { riskCategories } from "../shared/risk/heatmap.ts";
import { buildApp } from "../server/app.ts";
import type { Database } from "../server/db/client.ts";
import { newId } from "../server/lib/ids.ts";
import { coalitionMembers } from "../server/modules/coalitions/coalitions.table.ts";
import { riskRatings, riskResponses } from "../server/modules/statements/risk.table.ts";
import { backendOf, openBenchDatabase } from "./bench-database.ts";
import { benchSession, seeded } from "./bench-session.ts";
import { type Stats, calibrate, createClient, loadAverage, ms, statsOf } from "./coalition-http.ts";
import { benchConfig } from "./coalition-pages.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    organizations: { type: "string", default: "500" },
    iterations: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    seed: { type: "string", default: "20261213" },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
  },
  strict: true,
});
const numberArg = (value: string | undefined, name: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`bad number for --${name}`);
  return n;
};
const backend = backendOf(args.db);
const organizations = numberArg(args.organizations, "organizations");
const iterations = numberArg(args.iterations, "iterations");
const warmupRounds = numberArg(args.warmup, "warmup");
const seed = numberArg(args.seed, "seed");
const log = (message: string) => process.stderr.write(`${message}\n`);
const text = (en: string) => ({ original: "en", texts: { en } });

async function insertAll(database: Database, table: never, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await database.db.insert(table).values(rows.slice(i, i + 1000) as never);
  }
}

/** The convener, its organisation, the coalition and the assessment, through the app's routes. */
async function setUp(app: Awaited<ReturnType<typeof buildApp>>, publicUrl: string) {
  const { cookie, send: write } = await benchSession(app, publicUrl, {
    email: "convener@bench.example.org",
    password: "bench convener password 2026",
    name: "Bench Convener",
  });
  const send = (url: string, payload: unknown) => write("POST", url, payload);
  const convener = await send("/api/v1/organizations", {
    name: "Yemen Access Forum",
    mission: text("Humanitarian access for civilians in Yemen."),
    types: ["humanitarian"],
    level: "national",
    headquartersCountry: "YE",
    countries: ["YE"],
    capacities: ["litigation"],
    workingLanguages: ["ar", "en"],
  });
  const coalition = await send("/api/v1/coalitions", {
    organizationId: convener.id,
    name: "Yemen Protection Coalition",
    visibility: "unlisted",
    charter: {
      purpose: text("Protect civilians and humanitarian access together."),
      decisionRules: defaultDecisionRules,
      collaborationLevel: "joint_action",
      riskThresholds: { access: 12, safety: 12 },
    },
  });
  const assessment = await send(`/api/v1/coalitions/${coalition.id}/risk-assessments`, {
    subjectKind: "publication",
    title: "Report on attacks on health care in Taiz",
    country: "YE",
    audienceLanguages: ["ar"],
    capacities: ["litigation"],
  });
  return {
    cookie,
    convenerId: convener.id,
    coalitionId: coalition.id,
    assessmentId: assessment.id,
  };
}

/** The other members and every organisation's answer, straight into the tables. */
async function generate(
  database: Database,
  made: { convenerId: string; coalitionId: string; assessmentId: string },
) {
  const random = seeded(seed).int;
  const started = performance.now();
  const ids = Array.from({ length: Math.max(0, organizations - 1) }, () => newId());
  const names = ids.map((_, i) => `Member Organisation ${String(i + 1).padStart(4, "0")}`);
  // Copies of the convener's profile under new names: the heat map reads no more of them.
  await database.db.execute(sql`
    insert into organizations (id, name, mission, types, level, headquarters_country, countries,
      regions, issues, capacities, working_languages, postures, contacts, visibility,
      name_search, name_vector, mission_vector)
    select u.id, u.name, o.mission, o.types, o.level, o.headquarters_country, o.countries,
      o.regions, o.issues, o.capacities, o.working_languages, o.postures, o.contacts,
      o.visibility, lower(u.name), to_tsvector('simple', u.name), o.mission_vector
    from organizations o, unnest(${sql.param(ids)}::uuid[], ${sql.param(names)}::text[]) as u(id, name)
    where o.id = ${made.convenerId}`);
  await insertAll(
    database,
    coalitionMembers as never,
    ids.map((organizationId) => ({
      coalitionId: made.coalitionId,
      organizationId,
      role: "member",
      status: "active",
    })),
  );
  const answering = [made.convenerId, ...ids];
  const at = new Date();
  await insertAll(
    database,
    riskResponses as never,
    answering.map((organizationId, i) => ({
      assessmentId: made.assessmentId,
      organizationId,
      shareByName: i % 10 === 0,
      mitigations: [`Mitigation ${random(1, 40)}`, `Mitigation ${random(1, 40)}`],
      answeredAt: at,
    })),
  );
  await insertAll(
    database,
    riskRatings as never,
    answering.flatMap((organizationId) =>
      riskCategories.map((category) => ({
        assessmentId: made.assessmentId,
        organizationId,
        category,
        likelihood: random(1, 5),
        impact: random(1, 5),
      })),
    ),
  );
  if (database.kind === "postgres") await database.db.execute(sql`analyze`);
  return {
    ms: performance.now() - started,
    counts: { organizations: answering.length, ratings: answering.length * 6 },
  };
}

async function main() {
  const runStarted = performance.now();
  const { database, describe, dispose } = await openBenchDatabase({
    backend,
    name: "cg_bench_risk",
    pglite: "cg-bench-risk-pglite",
    size: organizations,
    reuse: false,
    keep: args.keep,
    holdsWanted: async () => false,
  });
  const config = benchConfig();
  const app = await buildApp({ config, database, serveWeb: false, backgroundJobs: false });
  try {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    log(`Setting up through the API on ${base} (${describe})...`);
    const made = await setUp(app, config.publicUrl);
    const generated = await generate(database, made);
    log(`Generated in ${(generated.ms / 1000).toFixed(1)} s: ${JSON.stringify(generated.counts)}`);

    const client = createClient(base, made.cookie);
    const assessment = `/api/v1/risk-assessments/${made.assessmentId}`;
    const fronting = `${assessment}/fronting`;
    const first = await client.read(assessment);
    if (first.status !== 200) throw new Error(`HTTP ${first.status}: ${first.body.slice(0, 300)}`);
    const answer = RiskAssessment.parse(JSON.parse(first.body));
    const summary = {
      answered: answer.answered,
      cellsShown: answer.heatMap.cells.filter((c) => c.others !== null).length,
      named: answer.heatMap.cells.reduce((n, c) => n + c.named.length, 0),
      overThreshold: answer.overThreshold,
      missing: answer.missing?.length ?? null,
      bytes: first.bytes,
    };
    log(`First answer in ${ms(first.ms)} ms: ${JSON.stringify(summary)}`);

    log(`Warming up (${warmupRounds} rounds)...`);
    for (let round = 0; round < warmupRounds; round++) {
      await client.get(assessment);
      await client.get(fronting);
    }
    const calibrationBefore = calibrate();
    const loadBefore = loadAverage();
    log(`Measuring ${iterations} rounds (load ${loadBefore})...`);
    const heat: number[] = [];
    const advice: number[] = [];
    let errors = 0;
    const measureStarted = performance.now();
    for (let round = 0; round < iterations; round++) {
      const one = await client.get(assessment);
      if (one.status !== 200) errors++;
      heat.push(one.ms);
      const two = await client.get(fronting);
      if (two.status !== 200) errors++;
      advice.push(two.ms);
    }
    const measureSeconds = (performance.now() - measureStarted) / 1000;
    const loadAfter = loadAverage();
    client.close();
    const calibrationAfter = calibrate();

    const heatStats = statsOf(heat);
    const adviceStats = statsOf(advice);
    const row = (label: string, s: Stats) =>
      `| ${label} | ${s.requests} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.min)} | ${ms(s.max)} |`;
    const lines = [
      `## Risk heat map at the HTTP API: ${backend === "postgres" ? "PostgreSQL" : "PGlite"}`,
      "",
      `Data: ${generated.counts.organizations} organisations' answers, ${generated.counts.ratings} ratings; ` +
        `written in ${(generated.ms / 1000).toFixed(1)} s. The answer: ${summary.cellsShown} of 24 cells ` +
        `shown, ${summary.named} names, over the threshold in ${summary.overThreshold.join(", ") || "none"}, ` +
        `${summary.missing} not answered; ${summary.bytes} bytes.`,
      "",
      `${iterations} rounds in ${measureSeconds.toFixed(1)} s after ${warmupRounds} warm-up rounds; ${errors} errors. ` +
        `Load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after, on ${os.cpus().length} CPUs; ` +
        `calibration loop ${calibrationBefore.toFixed(0)} ms CPU before, ${calibrationAfter.toFixed(0)} ms after.`,
      "",
      "| Request | Requests | Median (ms) | p95 (ms) | p99 (ms) | Min (ms) | Max (ms) |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      `| first assessment after the app started | 1 | ${ms(first.ms)} | | | | |`,
      row("**`GET /api/v1/risk-assessments/{id}`** (heat map, as the convener)", heatStats),
      row("`GET /api/v1/risk-assessments/{id}/fronting`", adviceStats),
      "",
      `Target (heat map p95 < 100 ms at the HTTP API): ${heatStats.p95 < 100 ? "met" : "**missed**"}.`,
      "",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    if (args.json) {
      writeFileSync(
        args.json,
        JSON.stringify(
          {
            backend,
            organizations,
            generated,
            summary,
            first: first.ms,
            rounds: iterations,
            errors,
            loadBefore,
            loadAfter,
            calibrationBefore,
            calibrationAfter,
            heatMap: heatStats,
            fronting: adviceStats,
          },
          null,
          2,
        ),
      );
    }
    log(`Done in ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
  } finally {
    await app.close();
    rmSync(config.dataDir, { recursive: true, force: true });
    await dispose();
  }
}

await main();
