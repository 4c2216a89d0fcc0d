/**
 * End-to-end latency of a large coalition's home page and proposal pages at the HTTP API.
 *
 *   npm run bench:coalition -- --db postgres|pglite --iterations 30
 *
 * Creates a fresh database (PostgreSQL: `cg_bench_coalition` on DATABASE_URL's server, by
 * default postgres://postgres@127.0.0.1:5432; PGlite: a temporary data directory), migrates
 * it, generates one coalition with bench/generate-coalition.ts, starts the real app on
 * 127.0.0.1 (background jobs off), signs a member organisation's representative in through
 * the real sign-in route and sends real HTTP requests as that person. Each round: the calls
 * the coalition home makes on first load (bench/coalition-pages.ts) one at a time (each
 * timed, and their sum), the same calls all at once over six connections, then in the order
 * the page sends them (each once the answers it waits for are in, six connections, as a
 * browser opens per origin), then each sample proposal page. Warm-up rounds are not
 * counted. Prints Markdown tables. To see where one request spends its time, keep the
 * database (--keep) and run bench/coalition-profile.ts.
 *
 * Options (sizes default to the issue's: 500 members, 2,000 proposals, 200,000 stances):
 *   --members N --proposals N --stances N --open N --organizations N
 *   --meetings N --action-items N --threads N --comments N
 *   --iterations N   measured rounds (default 30)
 *   --warmup N       warm-up rounds (default 3)
 *   --max-seconds S  stop measuring after S seconds even if rounds remain (default 900)
 *   --seed N         generator seed (default 20261125)
 *   --reuse          keep an existing bench database of the same sizes (no regeneration)
 *   --keep           do not drop the database / delete the PGlite directory at the end
 *   --json FILE      also write the raw results as JSON
 */
import { rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { buildApp } from "../server/app.ts";
import { type Database, rowsOf } from "../server/db/client.ts";
import { backendOf, openBenchDatabase } from "./bench-database.ts";
import { type Stats, calibrate, createClient, loadAverage, ms, statsOf } from "./coalition-http.ts";
import {
  benchConfig,
  benchDatabase,
  findTarget,
  homeCalls,
  loadAsPage,
  proposalSamples,
  signIn,
} from "./coalition-pages.ts";
import { type CoalitionSizes, defaultSizes } from "./coalition-rows.ts";
import { type GeneratedCoalition, generateCoalition } from "./generate-coalition.ts";

const sizeOptions = {
  organizations: "organizations",
  members: "members",
  proposals: "proposals",
  open: "open",
  stances: "stances",
  meetings: "meetings",
  actionItems: "action-items",
  threads: "threads",
  comments: "comments",
} as const satisfies Record<keyof CoalitionSizes, string>;

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    iterations: { type: "string", default: "30" },
    warmup: { type: "string", default: "3" },
    "max-seconds": { type: "string", default: "900" },
    seed: { type: "string", default: "20261125" },
    reuse: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
    ...Object.fromEntries(
      Object.entries(sizeOptions).map(([key, name]) => [
        name,
        { type: "string", default: String(defaultSizes[key as keyof CoalitionSizes]) },
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
  Object.entries(sizeOptions).map(([key, name]) => [key, numberArg(name)]),
) as CoalitionSizes;
const iterations = numberArg("iterations");
const warmupRounds = numberArg("warmup");
const maxSeconds = numberArg("max-seconds");
const seed = numberArg("seed");

const log = (message: string) => process.stderr.write(`${message}\n`);

/** The generated sizes a database holds, to tell whether --reuse may keep it. */
async function fingerprint(database: Database): Promise<string> {
  try {
    const [row] = rowsOf<Record<string, number>>(
      await database.db.execute(sql`select
        (select count(*)::int from organizations) as organizations,
        (select count(*)::int from proposals) as proposals,
        (select count(*)::int from proposal_stances) as stances,
        (select count(*)::int from meetings) as meetings,
        (select count(*)::int from discussion_comments) as comments`),
    );
    return JSON.stringify(row);
  } catch {
    return "";
  }
}
const wanted = JSON.stringify({
  organizations: sizes.organizations,
  proposals: sizes.proposals,
  stances: sizes.stances,
  meetings: sizes.meetings,
  comments: sizes.comments,
});

/** The migrated bench database holding the coalition of `sizes`, and how to dispose of it. */
async function prepareDatabase() {
  const { database, describe, dispose } = await openBenchDatabase({
    backend,
    name: benchDatabase,
    pglite: "cg-bench-coalition-pglite",
    size: sizes.stances,
    reuse: args.reuse,
    keep: args.keep,
    holdsWanted: async (probe) => (await fingerprint(probe)) === wanted,
  });
  let generated: GeneratedCoalition | null = null;
  const found = await fingerprint(database);
  if (args.reuse && found === wanted) {
    log(`Reusing the coalition in ${describe}`);
  } else {
    if (!found.includes('"organizations":0')) throw new Error(`${describe} is not empty`);
    log(`Generating the coalition in ${describe}...`);
    generated = await generateCoalition(database, { sizes, seed, now: new Date(), log });
    log(
      `Generated in ${(generated.totalMs / 1000).toFixed(1)} s: ${JSON.stringify(generated.counts)}`,
    );
  }
  return { database, describe, generated, dispose };
}

async function main() {
  const runStarted = performance.now();
  const { database, describe, generated, dispose } = await prepareDatabase();
  const config = benchConfig();
  const app = await buildApp({ config, database, serveWeb: false, backgroundJobs: false });
  try {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const target = await findTarget(database);
    const cookie = await signIn(app, database, target, config.publicUrl);
    const client = createClient(base, cookie);
    const home = homeCalls(target.coalitionId);
    const samples = await proposalSamples(database, target.coalitionId);
    const pages = samples.map((s) => ({ ...s, path: `/api/v1/proposals/${s.id}` }));
    log(`${base} (${describe}); reading as a representative of ${target.readerOrganizationId}`);

    const details = new Map<string, { bytes: number; items: string }>();
    log(`Warming up (${warmupRounds} rounds)...`);
    for (let round = 0; round < warmupRounds; round++) {
      for (const call of [...home, ...pages]) {
        const answer = await client.read(call.path);
        if (answer.status !== 200) {
          throw new Error(`HTTP ${answer.status} for ${call.path}: ${answer.body.slice(0, 300)}`);
        }
        const body = JSON.parse(answer.body) as Record<string, unknown>;
        const items = Array.isArray(body.items)
          ? `${body.items.length} items`
          : Array.isArray(body.members)
            ? `${body.members.length} members`
            : Array.isArray(body.stances)
              ? `${body.stances.length} stances shown`
              : Array.isArray(body.participants)
                ? `${body.participants.length} participants shown`
                : typeof body.participation === "number"
                  ? `participation ${body.participation}, no stances shown`
                  : "";
        details.set(call.path, { bytes: answer.bytes, items });
      }
    }

    const calibrationBefore = calibrate();
    const loadBefore = loadAverage();
    log(`Measuring ${iterations} rounds, at most ${maxSeconds} s (load ${loadBefore})...`);
    const samplesOf = new Map<string, number[]>();
    const push = (key: string, value: number) => {
      const list = samplesOf.get(key) ?? [];
      list.push(value);
      samplesOf.set(key, list);
    };
    let errors = 0;
    const deadline = performance.now() + maxSeconds * 1000;
    const measureStarted = performance.now();
    let rounds = 0;
    for (; rounds < iterations && performance.now() < deadline; rounds++) {
      let sum = 0;
      for (const call of home) {
        const answer = await client.get(call.path);
        if (answer.status !== 200) errors++;
        push(call.path, answer.ms);
        sum += answer.ms;
      }
      push("home:sequential", sum);
      const together = await client.all(home.map((h) => h.path));
      errors += together.answers.filter((a) => a.status !== 200).length;
      push("home:parallel", together.ms);
      const asPage = await loadAsPage(home, client.parallel);
      errors += asPage.answers.filter((a) => a.status !== 200).length;
      push("home:page", asPage.ms);
      for (const page of pages) {
        const answer = await client.get(page.path);
        if (answer.status !== 200) errors++;
        push(page.path, answer.ms);
      }
      if (rounds % 10 === 9) log(`  ${rounds + 1} rounds (load ${loadAverage()})`);
    }
    const measureSeconds = (performance.now() - measureStarted) / 1000;
    const loadAfter = loadAverage();
    const calibrationAfter = calibrate();
    client.close();

    const statOf = (key: string): Stats => statsOf(samplesOf.get(key) ?? []);
    const row = (label: string, s: Stats, extra = "") =>
      `| ${label} | ${s.requests} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.min)} | ${ms(s.max)} |${extra}`;
    const header = (first: string, extra = "") => [
      `| ${first} | Requests | Median (ms) | p95 (ms) | p99 (ms) | Min (ms) | Max (ms) |${extra}`,
      `| --- | ---: | ---: | ---: | ---: | ---: | ---: |${extra ? " --- | ---: |" : ""}`,
    ];
    const sequential = statOf("home:sequential");
    const parallel = statOf("home:parallel");
    const asPage = statOf("home:page");
    const callStats = home.map((h) => statOf(h.path));
    const pageStats = pages.map((p) => ({ ...p, stats: statOf(p.path) }));
    const allPages = statsOf(pages.flatMap((p) => samplesOf.get(p.path) ?? []));
    const counts = generated?.counts;
    const lines: string[] = [
      `## Coalition home and proposal pages at the HTTP API: ${backend === "postgres" ? "PostgreSQL" : "PGlite"}`,
      "",
      `Data: ${sizes.members} active member organisations (plus observers and members in other states), ${sizes.proposals} proposals (${sizes.open} open), ${sizes.stances.toLocaleString("en")} stances, ${sizes.meetings} meetings, ${sizes.actionItems} action items, ${sizes.threads} threads with ${sizes.comments} comments; ${sizes.organizations} organisations on the platform.` +
        (counts ? ` Generated: ${JSON.stringify(counts)}.` : ""),
      "",
      `${rounds} rounds in ${measureSeconds.toFixed(1)} s; ${errors} errors. Load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after, on ${os.cpus().length} CPUs; ` +
        `calibration loop ${calibrationBefore.toFixed(0)} ms CPU before, ${calibrationAfter.toFixed(0)} ms after (lower is a faster, quieter machine).` +
        (generated
          ? ` Data generated in ${(generated.totalMs / 1000).toFixed(1)} s (organisations ${(generated.organizationsMs / 1000).toFixed(1)} s).`
          : " Data reused from an earlier run."),
      "",
      "### Coalition home: each call, one at a time",
      "",
      ...header("Call", " Answer | Bytes |"),
      ...home.map((h) => {
        const d = details.get(h.path);
        return row(
          `${h.label}: \`${h.path.replace(target.coalitionId, "{id}")}\``,
          statOf(h.path),
          ` ${d?.items ?? ""} | ${d?.bytes ?? ""} |`,
        );
      }),
      "",
      ...header("Whole first load"),
      row("**sequential sum**", sequential),
      row("**all at once, 6 connections**", parallel),
      row("**as the page asks (each call once its inputs are in), 6 connections**", asPage),
      "",
      "### Proposal page with tallies: `GET /api/v1/proposals/{id}`",
      "",
      ...header("Proposal", " Answer | Bytes |"),
      ...pageStats.map((p) => {
        const d = details.get(p.path);
        return row(
          `${p.label} (${p.stances} stances)`,
          p.stats,
          ` ${d?.items ?? ""} | ${d?.bytes ?? ""} |`,
        );
      }),
      row("**all proposal pages**", allPages),
      "",
      `Target (median < 50 ms): every call of the coalition home ${callStats.every((c) => c.median < 50) ? "met" : "**missed**"}, ` +
        `every proposal page ${pageStats.every((p) => p.stats.median < 50) ? "met" : "**missed**"}; ` +
        `the whole first load as the page asks ${asPage.median < 50 ? "met" : "**missed**"}.`,
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
            rounds,
            errors,
            loadBefore,
            loadAfter,
            calibrationBefore,
            calibrationAfter,
            generated,
            home: home.map((h) => ({ ...h, ...details.get(h.path), stats: statOf(h.path) })),
            homeSequential: sequential,
            homeParallel: parallel,
            homeAsPage: asPage,
            proposals: pageStats.map((p) => ({ ...p, ...details.get(p.path) })),
            allProposalPages: allPages,
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
