/**
 * Records at the HTTP API with 100,000 of them: a filtered list, statistics with suppression,
 * and what the audit adds to a read.
 *
 *   npm run bench:records -- --db postgres|pglite --records 100000 --iterations 200
 *
 * Creates a fresh database (PostgreSQL: `cg_bench_records` on DATABASE_URL's server; PGlite: a
 * temporary directory), migrates it and starts the real app on 127.0.0.1. Through the app's
 * routes it makes a monitor and its organisation; it then writes `--records` incidents of that
 * organisation straight into `records` and `record_contents` (seeded, so every run writes the
 * same: 12 countries, 1 or 2 of 17 violation types, dates over six years, one in ten public,
 * seven in ten with consent to statistics). It times, as the monitor, over one keep-alive
 * connection from sending to the last byte:
 * - a filtered list (a country and a violation type, 50 a page; every record shown is
 *   written to the audit log in the same transaction);
 * - statistics by month and by country (suppression included);
 * - one record read: a restricted one (audited) against a public one (not audited), the
 *   same content, alternately, so the difference is the audit's cost.
 * Prints Markdown; --json FILE also writes the raw figures.
 */
import { rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { buildApp } from "../server/app.ts";
import { newId } from "../server/lib/ids.ts";
import {
  recordConsents,
  recordContents,
  records,
} from "../server/modules/records/records.table.ts";
import { incidentFields } from "../server/modules/records/records.fixtures.ts";
import { keysOf, violationTypes } from "../shared/records/vocab.ts";
import { backendOf, openBenchDatabase } from "./bench-database.ts";
import { benchSession, seeded } from "./bench-session.ts";
import {
  type Stats,
  calibrate,
  createClient,
  loadAverage,
  statsHeader,
  statsOf,
  statsRow,
} from "./coalition-http.ts";
import { benchConfig } from "./coalition-pages.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    records: { type: "string", default: "100000" },
    iterations: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
  },
  strict: true,
});
const backend = backendOf(args.db);
const count = (name: "records" | "iterations" | "warmup") => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`bad number for --${name}`);
  return value;
};
const total = count("records");
const iterations = count("iterations");
const warmupRounds = count("warmup");
const log = (message: string) => process.stderr.write(`${message}\n`);
const countries = ["YE", "ML", "SY", "SD", "CO", "MM", "BF", "NE", "LY", "IQ", "SS", "HT"];
const violations = keysOf(violationTypes);

async function main() {
  const { database, describe, dispose } = await openBenchDatabase({
    backend,
    name: "cg_bench_records",
    pglite: "cg-bench-records-pglite",
    size: total,
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
    const session = await benchSession(app, config.publicUrl, {
      email: "monitor@bench.example.org",
      password: "bench monitor password 2026",
      name: "Bench Monitor",
    });
    const org = await session.send("POST", "/api/v1/organizations", {
      name: "Bench Monitoring Group",
      types: ["human_rights"],
      level: "national",
      headquartersCountry: "YE",
    });

    log(`Writing ${total.toLocaleString("en")} incidents...`);
    const started = performance.now();
    const random = seeded(20261207);
    const epoch = Date.UTC(2020, 0, 1);
    const span = Date.UTC(2026, 11, 1) - epoch;
    for (let i = 0; i < total; i += 1000) {
      const rows: (typeof records.$inferInsert)[] = [];
      const contents: (typeof recordContents.$inferInsert)[] = [];
      const consents: (typeof recordConsents.$inferInsert)[] = [];
      for (let j = i; j < Math.min(total, i + 1000); j++) {
        const id = newId();
        const day = new Date(epoch + random.next() * span).toISOString().slice(0, 10);
        const country = random.pick(countries);
        const types = [...new Set([random.pick(violations), random.pick(violations)])].slice(
          0,
          random.int(1, 2),
        );
        const at = new Date(epoch + (j / total) * span);
        rows.push({
          id,
          ownerOrganizationId: org.id,
          kind: "incident",
          classification: random.next() < 0.1 ? "public" : "restricted",
          readersAll: false,
          version: 1,
          occurredOn: day,
          country,
          violationTypes: types,
          createdAt: at,
          updatedAt: at,
        });
        contents.push({
          recordId: id,
          version: 1,
          fields: incidentFields({ occurredOn: day, country, violationTypes: types }),
          editedAt: at,
        });
        if (random.next() < 0.7)
          consents.push({ id: newId(), recordId: id, use: "statistics", state: "given", at });
      }
      await database.db.insert(records).values(rows);
      await database.db.insert(recordContents).values(contents);
      if (consents.length) await database.db.insert(recordConsents).values(consents);
    }
    if (database.kind === "postgres") await database.db.execute(sql`analyze`);
    const generatedMs = performance.now() - started;

    // A restricted and a public record with the same content, for the audit's cost.
    const twin = async (classification: "public" | "restricted") =>
      (
        await session.send("POST", "/api/v1/records", {
          kind: "incident",
          ownerOrganizationId: org.id,
          classification,
          fields: incidentFields(),
        })
      ).id;
    const audited = await twin("restricted");
    const unaudited = await twin("public");

    const client = createClient(base, session.cookie);
    const listUrl = (round: number) =>
      `/api/v1/records?organizationId=${org.id}&country=${countries[round % countries.length]}&violationType=${violations[round % violations.length]}&limit=50`;
    const requests = {
      list: listUrl,
      statsMonth: () => `/api/v1/records/statistics?organizationId=${org.id}&rows=month`,
      statsCountry: () => `/api/v1/records/statistics?rows=country`,
      audited: () => `/api/v1/records/${audited}`,
      unaudited: () => `/api/v1/records/${unaudited}`,
    };
    type Key = keyof typeof requests;
    const first = await client.get(requests.list(0));
    if (first.status !== 200) throw new Error(`HTTP ${first.status}: ${first.body.slice(0, 300)}`);
    for (let round = 0; round < warmupRounds; round++) {
      for (const key of Object.keys(requests) as Key[]) await client.get(requests[key](round));
    }
    const calibrationBefore = calibrate();
    const loadBefore = loadAverage();
    const times: Record<Key, number[]> = {
      list: [],
      statsMonth: [],
      statsCountry: [],
      audited: [],
      unaudited: [],
    };
    let errors = 0;
    for (let round = 0; round < iterations; round++) {
      for (const key of Object.keys(requests) as Key[]) {
        const answer = await client.get(requests[key](round));
        if (answer.status !== 200) errors++;
        times[key].push(answer.ms);
      }
    }
    const loadAfter = loadAverage();
    const calibrationAfter = calibrate();
    client.close();
    const stats = Object.fromEntries(
      Object.entries(times).map(([key, samples]) => [key, statsOf(samples)]),
    ) as Record<Key, Stats>;
    const auditCost = stats.audited.median - stats.unaudited.median;
    const met = (ok: boolean) => (ok ? "met" : "**missed**");
    const lines = [
      `## Records at the HTTP API: ${backend === "postgres" ? "PostgreSQL" : "PGlite"}`,
      "",
      `Data: ${total.toLocaleString("en")} incidents of one organisation, written in ${(generatedMs / 1000).toFixed(1)} s. ` +
        `${iterations} rounds after ${warmupRounds} warm-up rounds, signed in as its monitor; ${errors} errors. ` +
        `Load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after, on ${os.cpus().length} CPUs; calibration loop ${calibrationBefore.toFixed(0)} ms before, ${calibrationAfter.toFixed(0)} ms after.`,
      "",
      ...statsHeader("Request (the monitor)"),
      statsRow("**Filtered list** (country and violation type, 50 a page, audited)", stats.list),
      statsRow("**Statistics** by month (the organisation's)", stats.statsMonth),
      statsRow("**Statistics** by country (everything readable)", stats.statsCountry),
      statsRow("One restricted record (audited)", stats.audited),
      statsRow("One public record (not audited)", stats.unaudited),
      "",
      `Targets: filtered list p95 < 150 ms: ${met(stats.list.p95 < 150)}; statistics p95 < 300 ms: ${met(Math.max(stats.statsMonth.p95, stats.statsCountry.p95) < 300)}; ` +
        `an audited read costs ${auditCost.toFixed(1)} ms more at the median (target < 5 ms): ${met(auditCost < 5)}.`,
      "",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    if (args.json) {
      writeFileSync(args.json, JSON.stringify({ backend, total, errors, stats }, null, 2));
    }
  } finally {
    await app.close();
    rmSync(config.dataDir, { recursive: true, force: true });
    await dispose();
  }
}

await main();
