/**
 * End-to-end latency of a large campaign's dashboard at the HTTP API.
 *
 *   npm run bench:campaign -- --db postgres|pglite --iterations 200
 *
 * Creates a fresh database (PostgreSQL: `cg_bench_campaign` on DATABASE_URL's server, by
 * default postgres://postgres@127.0.0.1:5432; PGlite: a temporary data directory), migrates
 * it and starts the real app on 127.0.0.1 (background jobs off). Through the app's own routes
 * it makes a person, six organisations, a coalition of them and a campaign the first one
 * leads, then writes the campaign's parts straight into their tables in batches (seeded, so
 * every run has the same data): 50 objectives with 5,000 progress readings, 500 stakeholders
 * with 5,000 moves, 1,000 activities, 30 budget lines, 60 pledges and 2,000 spending entries,
 * by default. On PostgreSQL it then runs ANALYZE, as autovacuum would after such a load.
 *
 * It signs the lead organisation's owner in through the real sign-in route and times, over
 * keep-alive connections with gzip/br accepted, from sending to the last byte:
 *   - the very first GET /api/v1/campaigns/{id}/dashboard after the app started;
 *   - after warm-up rounds, each round: the dashboard alone, then the overview's first load
 *     (the campaign and its dashboard at once, over two connections, as the page asks);
 *   - each of the dashboard's SQL queries alone, in process (where the time goes).
 * Prints Markdown; --json FILE also writes the raw figures.
 *
 * Options:
 *   --objectives N --progress N --stakeholders N --moves N --activities N --spending N
 *   --iterations N   measured rounds (default 200)
 *   --warmup N       warm-up rounds (default 20)
 *   --seed N         generator seed (default 20261206)
 *   --keep           do not drop the database / delete the PGlite directory at the end
 *   --json FILE      also write the raw results as JSON
 */
import { rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { activityStatuses, campaignRoles, tactics } from "../shared/campaigns/catalogue.ts";
import { CampaignDashboard } from "../shared/campaigns/dashboard.ts";
import { defaultDecisionRules } from "../shared/coalitions.ts";
import { buildApp } from "../server/app.ts";
import type { Database } from "../server/db/client.ts";
import { newId } from "../server/lib/ids.ts";
import { createDashboardRepo } from "../server/modules/campaigns/dashboard.repo.ts";
import {
  campaignObjectives,
  objectiveProgress,
} from "../server/modules/campaigns/objectives.table.ts";
import {
  campaignBudgetLines,
  campaignPledges,
  campaignSpending,
} from "../server/modules/campaigns/resources.table.ts";
import {
  type AllyPosition,
  campaignStakeholders,
  stakeholderMoves,
} from "../server/modules/campaigns/stakeholders.table.ts";
import { campaignActivities } from "../server/modules/campaigns/workplan.table.ts";
import { backendOf, openBenchDatabase } from "./bench-database.ts";
import { benchSession, seeded } from "./bench-session.ts";
import { type Stats, calibrate, createClient, loadAverage, ms, statsOf } from "./coalition-http.ts";
import { benchConfig } from "./coalition-pages.ts";

const sizeDefaults = {
  objectives: 50,
  progress: 5000,
  stakeholders: 500,
  moves: 5000,
  activities: 1000,
  spending: 2000,
};
type Sizes = typeof sizeDefaults;

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    iterations: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    seed: { type: "string", default: "20261206" },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
    ...Object.fromEntries(
      Object.entries(sizeDefaults).map(([name, value]) => [
        name,
        { type: "string" as const, default: String(value) },
      ]),
    ),
  },
  strict: true,
});

const backend = backendOf(args.db);
const numberArg = (name: string) => {
  const value = Number((args as Record<string, unknown>)[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`bad number for --${name}`);
  return value;
};
const sizes = Object.fromEntries(
  Object.keys(sizeDefaults).map((name) => [name, numberArg(name)]),
) as Sizes;
const iterations = numberArg("iterations");
const warmupRounds = numberArg("warmup");
const seed = numberArg("seed");
const log = (message: string) => process.stderr.write(`${message}\n`);

const dayMs = 86_400_000;
const text = (en: string) => ({ original: "en", texts: { en } });

async function insertAll(database: Database, table: PgTable, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await database.db.insert(table).values(rows.slice(i, i + 1000) as never);
  }
}

/** Makes the reader, the organisations, the coalition and the campaign through the app's routes. */
async function setUp(app: Awaited<ReturnType<typeof buildApp>>, publicUrl: string) {
  const { cookie, send } = await benchSession(app, publicUrl, {
    email: "lead@bench.example.org",
    password: "bench lead password 2026",
    name: "Bench Lead",
  });
  const organizationIds: string[] = [];
  for (const name of [
    "Yemen Rights Watch",
    "Civilians Monitor",
    "Arms Law Centre",
    "Relief Fund",
    "Media Lab",
    "Mobilise Now",
  ]) {
    const made = await send("POST", "/api/v1/organizations", {
      name,
      mission: text(`${name} works for civilians.`),
      types: ["human_rights"],
      level: "national",
      headquartersCountry: "JO",
      countries: ["YE"],
      issues: ["civil_political"],
      capacities: ["litigation"],
      workingLanguages: ["ar", "en"],
    });
    organizationIds.push(made.id);
  }
  const [lead, ...others] = organizationIds as [string, ...string[]];
  const coalition = await send("POST", "/api/v1/coalitions", {
    organizationId: lead,
    name: "Arms Transfers Coalition",
    visibility: "unlisted",
    charter: {
      purpose: text("Stop arms transfers used against civilians."),
      decisionRules: defaultDecisionRules,
      collaborationLevel: "coordination",
    },
  });
  for (const organizationId of others) {
    await send("POST", `/api/v1/coalitions/${coalition.id}/invitations`, {
      organizationId,
      role: "member",
    });
    await send("POST", `/api/v1/coalitions/${coalition.id}/members/${organizationId}/accept`, {});
  }
  const campaign = await send("POST", "/api/v1/campaigns", {
    organizationId: lead,
    coalitionId: coalition.id,
    title: text("Stop the arms transfers"),
    startsOn: new Date(Date.now() - 700 * dayMs).toISOString().slice(0, 10),
  });
  await send("PATCH", `/api/v1/campaigns/${campaign.id}`, { status: "active" });
  return { cookie, campaignId: campaign.id, organizationIds };
}

/** Writes the campaign's parts straight into their tables; returns what it wrote. */
async function generate(database: Database, campaignId: string, organizationIds: string[]) {
  const random = seeded(seed);
  const now = Date.now();
  const at = new Date(now);
  const day = (offset: number) => new Date(now + offset * dayMs).toISOString().slice(0, 10);
  const org = () => random.pick(organizationIds);

  const objectives = Array.from({ length: sizes.objectives }, (_, i) => {
    const down = i % 5 === 4; // some objectives bring a number down
    const start = -random.int(400, 600);
    return {
      id: newId(),
      campaignId,
      statement: text(`Objective ${i + 1}: licences suspended by the ministry`),
      indicator: text("Export licences suspended"),
      unit: "licences",
      baseline: down ? 100 : 0,
      target: down ? 20 : 100,
      baselineOn: day(start),
      deadline: day(random.int(-40, 500)),
      ownerOrganizationId: org(),
      createdAt: at,
      updatedAt: at,
      start,
    };
  });
  const progress = Array.from({ length: sizes.progress }, (_, i) => {
    const o = objectives[i % objectives.length];
    if (!o) throw new Error("no objectives");
    const offset = random.int(o.start, 0);
    const share = (offset - o.start) / -o.start;
    return {
      id: newId(),
      objectiveId: o.id,
      value: Math.round(o.baseline + (o.target - o.baseline) * share * (0.6 + random.next() * 0.6)),
      measuredOn: day(offset),
      evidence: "Ministry register",
      reportedFor: o.ownerOrganizationId,
      reportedAt: new Date(now + offset * dayMs),
    };
  });

  const stakeholders: Record<string, unknown>[] = [];
  const moves: Record<string, unknown>[] = [];
  const movesEach = Math.max(1, Math.round(sizes.moves / Math.max(1, sizes.stakeholders)));
  for (let i = 0; i < sizes.stakeholders; i++) {
    const id = newId();
    const influence = random.int(1, 5);
    const offsets = Array.from({ length: movesEach }, () => -random.int(0, 700)).sort(
      (a, b) => a - b,
    );
    let position = random.int(-2, 2);
    let from: number | null = null;
    for (const offset of offsets) {
      if (moves.length >= sizes.moves) break;
      moves.push({
        id: newId(),
        stakeholderId: id,
        campaignId,
        fromPosition: from,
        toPosition: position,
        influence,
        movedOn: day(offset),
        recordedAt: new Date(now + offset * dayMs),
      });
      from = position;
      position = Math.max(-2, Math.min(2, position + random.pick([-1, 1])));
    }
    stakeholders.push({
      id,
      campaignId,
      name: `Stakeholder ${String(i + 1).padStart(3, "0")}`,
      type: random.pick(["institution", "official", "company", "media", "community"]),
      role: random.pick(["target", "influencer"]),
      position: (from ?? 0) as AllyPosition,
      influence,
      interest: random.int(1, 5),
      accessOrganizationIds: [org()],
      createdAt: at,
      updatedAt: at,
    });
  }

  const activities = Array.from({ length: sizes.activities }, (_, i) => {
    const start = random.int(-365, 365);
    const due = start + random.int(1, 90);
    const status =
      due < 0
        ? random.pick(["done", "done", "done", "cancelled", "in_progress"])
        : start > 0
          ? "planned"
          : random.pick(activityStatuses.filter((s) => s !== "cancelled"));
    return {
      id: newId(),
      campaignId,
      title: text(`Activity ${i + 1}`),
      tactic: random.pick(tactics),
      role: random.pick(campaignRoles),
      leadOrganizationId: org(),
      supportingOrganizationIds: [org()],
      startsOn: day(start),
      dueOn: day(due),
      status,
      createdAt: at,
      updatedAt: at,
    };
  });

  const currencies = ["EUR", "USD", "GBP"];
  const lines = Array.from({ length: 30 }, (_, i) => ({
    id: newId(),
    campaignId,
    label: `Budget line ${i + 1}`,
    currency: currencies[i % currencies.length] ?? "EUR",
    amount: String(random.int(1000, 50000)),
    createdAt: at,
    updatedAt: at,
  }));
  const pledges = Array.from({ length: 60 }, (_, i) => {
    const kind = i < 40 ? "money" : i < 55 ? "staff_days" : "in_kind";
    const amount = random.int(10, 20000);
    return {
      id: newId(),
      campaignId,
      organizationId: org(),
      kind,
      currency: kind === "money" ? (currencies[i % currencies.length] ?? "EUR") : null,
      amount: String(amount),
      received: String(Math.floor(amount * random.next())),
      createdAt: at,
      updatedAt: at,
    };
  });
  const spending = Array.from({ length: sizes.spending }, (_, i) => {
    const line = random.pick(lines);
    return {
      id: newId(),
      campaignId,
      budgetLineId: line.id,
      organizationId: org(),
      currency: line.currency,
      amount: `${random.int(5, 900)}.${String(random.int(0, 99)).padStart(2, "0")}`,
      spentOn: day(-random.int(0, 600)),
      description: `Spending ${i + 1}`,
      receipt: `R-${i + 1}`,
      status: random.pick([
        "confirmed",
        "confirmed",
        "confirmed",
        "recorded",
        "recorded",
        "queried",
      ]),
      createdAt: at,
    };
  });

  const started = performance.now();
  await insertAll(
    database,
    campaignObjectives,
    objectives.map(({ start: _start, ...o }) => o),
  );
  await insertAll(database, objectiveProgress, progress);
  await insertAll(database, campaignStakeholders, stakeholders);
  await insertAll(database, stakeholderMoves, moves);
  await insertAll(database, campaignActivities, activities);
  await insertAll(database, campaignBudgetLines, lines);
  await insertAll(database, campaignPledges, pledges);
  await insertAll(database, campaignSpending, spending);
  if (database.kind === "postgres") await database.db.execute(sql`analyze`);
  return {
    ms: performance.now() - started,
    counts: {
      objectives: objectives.length,
      progress: progress.length,
      stakeholders: stakeholders.length,
      moves: moves.length,
      activities: activities.length,
      budgetLines: lines.length,
      pledges: pledges.length,
      spending: spending.length,
    },
  };
}

/** Each of the dashboard's queries alone, in process: median and p95 over `runs`. */
async function timeQueries(database: Database, campaignId: string, runs: number) {
  const repo = createDashboardRepo(database.db);
  const today = new Date().toISOString().slice(0, 10);
  const since = new Date(Date.now() - 30 * dayMs).toISOString().slice(0, 10);
  const queries: [string, () => Promise<unknown>][] = [
    ["objectives with their latest reading", () => repo.objectives(campaignId)],
    ["open and overdue activities", () => repo.activityCounts(campaignId, today)],
    ["next five activities", () => repo.nextActivities(campaignId, 5)],
    ["money per currency, staff days", () => repo.money(campaignId)],
    ["stakeholder count", () => repo.stakeholderCount(campaignId)],
    ["stakeholders moved in 30 days", () => repo.movers(campaignId, since, today)],
  ];
  const results: { label: string; stats: Stats }[] = [];
  for (const [label, run] of queries) {
    for (let i = 0; i < 5; i++) await run();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    results.push({ label, stats: statsOf(samples) });
  }
  return results;
}

async function main() {
  const runStarted = performance.now();
  const { database, describe, dispose } = await openBenchDatabase({
    backend,
    name: "cg_bench_campaign",
    pglite: "cg-bench-campaign-pglite",
    size: sizes.moves,
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
    const { cookie, campaignId, organizationIds } = await setUp(app, config.publicUrl);
    log("Generating the campaign's parts...");
    const generated = await generate(database, campaignId, organizationIds);
    log(`Generated in ${(generated.ms / 1000).toFixed(1)} s: ${JSON.stringify(generated.counts)}`);

    const client = createClient(base, cookie);
    const dashboard = `/api/v1/campaigns/${campaignId}/dashboard`;
    const campaign = `/api/v1/campaigns/${campaignId}`;
    const first = await client.read(dashboard);
    if (first.status !== 200) throw new Error(`HTTP ${first.status}: ${first.body.slice(0, 300)}`);
    const answer = CampaignDashboard.parse(JSON.parse(first.body));
    const summary = {
      objectives: answer.objectives.items.length,
      tracks: answer.objectives.counts,
      openActivities: answer.activities.open,
      currencies: answer.resources.currencies.length,
      stakeholders: answer.stakeholders.total,
      moved: answer.stakeholders.moved,
      bytes: first.bytes,
    };
    log(`First answer in ${ms(first.ms)} ms: ${JSON.stringify(summary)}`);

    log(`Warming up (${warmupRounds} rounds)...`);
    for (let round = 0; round < warmupRounds; round++) {
      await client.get(dashboard);
      await client.all([campaign, dashboard]);
    }
    const calibrationBefore = calibrate();
    const loadBefore = loadAverage();
    log(`Measuring ${iterations} rounds (load ${loadBefore})...`);
    const alone: number[] = [];
    const overview: number[] = [];
    let errors = 0;
    const measureStarted = performance.now();
    for (let round = 0; round < iterations; round++) {
      const one = await client.get(dashboard);
      if (one.status !== 200) errors++;
      alone.push(one.ms);
      const both = await client.all([campaign, dashboard]);
      errors += both.answers.filter((a) => a.status !== 200).length;
      overview.push(both.ms);
      if (round % 50 === 49) log(`  ${round + 1} rounds (load ${loadAverage()})`);
    }
    const measureSeconds = (performance.now() - measureStarted) / 1000;
    const loadAfter = loadAverage();
    client.close();
    log("Timing each query alone...");
    const queries = await timeQueries(database, campaignId, Math.min(iterations, 100));
    const calibrationAfter = calibrate();

    const dashboardStats = statsOf(alone);
    const overviewStats = statsOf(overview);
    const row = (label: string, s: Stats) =>
      `| ${label} | ${s.requests} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.min)} | ${ms(s.max)} |`;
    const header = (first: string) => [
      `| ${first} | Requests | Median (ms) | p95 (ms) | p99 (ms) | Min (ms) | Max (ms) |`,
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ];
    const lines = [
      `## Campaign dashboard at the HTTP API: ${backend === "postgres" ? "PostgreSQL" : "PGlite"}`,
      "",
      `Data: ${Object.entries(generated.counts)
        .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
        .join(", ")}; written in ${(generated.ms / 1000).toFixed(1)} s. ` +
        `The answer: ${summary.objectives} objectives (${Object.entries(summary.tracks)
          .map(([k, v]) => `${v} ${k}`)
          .join(
            ", ",
          )}), ${summary.openActivities} open activities, ${summary.currencies} currencies, ` +
        `${summary.moved} of ${summary.stakeholders} stakeholders moved in 30 days; ${summary.bytes} bytes.`,
      "",
      `${iterations} rounds in ${measureSeconds.toFixed(1)} s after ${warmupRounds} warm-up rounds; ${errors} errors. ` +
        `Load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after, on ${os.cpus().length} CPUs; ` +
        `calibration loop ${calibrationBefore.toFixed(0)} ms CPU before, ${calibrationAfter.toFixed(0)} ms after.`,
      "",
      ...header("Request"),
      `| first dashboard after the app started | 1 | ${ms(first.ms)} | | | | |`,
      row("**`GET /api/v1/campaigns/{id}/dashboard`**", dashboardStats),
      row("overview first load: the campaign and its dashboard at once", overviewStats),
      "",
      ...header("Query alone (in process)"),
      ...queries.map((q) => row(q.label, q.stats)),
      "",
      `Target (p95 < 100 ms at the HTTP API): ${dashboardStats.p95 < 100 ? "met" : "**missed**"}.`,
      "",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    if (args.json) {
      writeFileSync(
        args.json,
        JSON.stringify(
          {
            backend,
            sizes,
            generated,
            summary,
            first: first.ms,
            rounds: iterations,
            errors,
            loadBefore,
            loadAfter,
            calibrationBefore,
            calibrationAfter,
            dashboard: dashboardStats,
            overview: overviewStats,
            queries,
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
