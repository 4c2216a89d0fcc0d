/**
 * A Kumu import of 5,000 elements and 10,000 connections into a campaign, at the HTTP API.
 *
 *   npm run bench:kumu -- --db postgres|pglite --runs 7
 *
 * Creates a fresh database (PostgreSQL: `cg_bench_kumu` on DATABASE_URL's server, by default
 * postgres://postgres@127.0.0.1:5432; PGlite: a temporary data directory), migrates it, starts
 * the real app on 127.0.0.1 (background jobs off), makes one person, their organisation and
 * signs them in through the real sign-in route. Generates the two CSV files once
 * (deterministic seed; names in Latin and Arabic script, descriptions with commas, quotes and
 * line breaks, tags, every place on the spectrum), then each run starts a fresh campaign of
 * the organisation and sends POST /api/v1/campaigns/:id/stakeholders/kumu with both files:
 * the time is from sending to the last byte of the report, which must say that every element
 * and connection was created and none refused. Then it reads the power map and both exports
 * once, timed. Warm-up runs are not counted. Prints a Markdown table.
 *
 * Options:
 *   --elements N      elements in the file (default 5000)
 *   --connections N   connections in the file (default 10000)
 *   --runs N          measured runs (default 7)
 *   --warmup N        warm-up runs (default 1)
 *   --seed N          generator seed (default 20261206)
 *   --keep            do not drop the database / delete the PGlite directory at the end
 *   --json FILE       also write the raw results as JSON
 */
import { writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { allyPositions, stakeholderTypes } from "../shared/campaigns/catalogue.ts";
import { buildApp } from "../server/app.ts";
import { createVerifiedUser } from "../server/modules/auth/users.ts";
import { backendOf, openBenchDatabase } from "./bench-database.ts";
import { calibrate, loadAverage, ms, statsOf } from "./coalition-http.ts";
import { benchConfig } from "./coalition-pages.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    elements: { type: "string", default: "5000" },
    connections: { type: "string", default: "10000" },
    runs: { type: "string", default: "7" },
    warmup: { type: "string", default: "1" },
    seed: { type: "string", default: "20261206" },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
  },
  strict: true,
});

const backend = backendOf(args.db);
const numberArg = (name: keyof typeof args) => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`bad number for --${name}`);
  return value;
};
const elementCount = numberArg("elements");
const connectionCount = numberArg("connections");
const runs = numberArg("runs");
const warmupRuns = numberArg("warmup");
const seed = numberArg("seed");
const log = (message: string) => process.stderr.write(`${message}\n`);

/** A small deterministic generator (mulberry32), so every run imports the same files. */
function random(start: number) {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const latin = ["Ministry", "Committee", "Agency", "Council", "Office", "Fund", "Network", "Press"];
const places = ["Defence", "Trade", "Finance", "Interior", "Justice", "Foreign Affairs", "Health"];
const arabic = ["وزارة", "لجنة", "هيئة", "مجلس", "مكتب", "صندوق", "شبكة"];
const arabicPlaces = ["الدفاع", "التجارة", "المالية", "الداخلية", "العدل", "الخارجية"];
const linkTypes = ["advises", "funds", "reports on", "pressures", "sits on", "supplies"];

/** The two CSV files of a Kumu project with `elements` elements and `connections` connections. */
function generateFiles(elements: number, connections: number, start: number) {
  const next = random(start);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const labels: string[] = [];
  const rows: string[][] = [];
  for (let i = 0; i < elements; i++) {
    const label =
      i % 5 === 4
        ? `${pick(arabic)} ${pick(arabicPlaces)} ${i}`
        : `${pick(latin)} of ${pick(places)} ${i}`;
    labels.push(label);
    rows.push([
      label,
      pick(stakeholderTypes),
      i % 3 === 0 ? `Met on ${1 + (i % 28)} May, "firm" on licences,\nasked for the report.` : "",
      [pick(["arms", "licences", "exports", "ihl"]), pick(["yemen", "parliament", "courts"])].join(
        "|",
      ),
      next() < 0.6 ? "target" : "influencer",
      pick(allyPositions),
      String(1 + Math.floor(next() * 5)),
      String(1 + Math.floor(next() * 5)),
    ]);
  }
  const seen = new Set<string>();
  const links: string[][] = [];
  while (links.length < connections) {
    const from = Math.floor(next() * elements);
    const to = Math.floor(next() * elements);
    const type = pick(linkTypes);
    const key = `${from}:${to}:${type}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    links.push([labels[from]!, labels[to]!, type]);
  }
  return {
    elements: Papa.unparse({
      fields: ["Label", "Type", "Description", "Tags", "Role", "Position", "Influence", "Interest"],
      data: rows,
    }),
    connections: Papa.unparse({ fields: ["From", "To", "Type"], data: links }),
  };
}

async function main() {
  const files = generateFiles(elementCount, connectionCount, seed);
  const body = JSON.stringify(files);
  log(
    `Files: ${elementCount} elements (${(files.elements.length / 1024).toFixed(0)} KiB), ` +
      `${connectionCount} connections (${(files.connections.length / 1024).toFixed(0)} KiB)`,
  );
  const { database, describe, dispose } = await openBenchDatabase({
    backend,
    name: "cg_bench_kumu",
    pglite: "cg-bench-kumu-pglite",
    size: elementCount,
    reuse: false,
    keep: args.keep,
    holdsWanted: async () => false,
  });
  const config = benchConfig();
  const app = await buildApp({ config, database, serveWeb: false, backgroundJobs: false });
  try {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const person = { email: "kumu-bench@example.org", password: "correct horse battery staple" };
    await createVerifiedUser(
      { db: app.services.db, auth: app.services.auth },
      { ...person, name: "Bench Campaigner" },
    );
    const signedIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: config.publicUrl },
      body: JSON.stringify(person),
    });
    if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.status}`);
    const headers = {
      cookie: signedIn.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
      origin: config.publicUrl,
      "content-type": "application/json",
    };
    const post = async (path: string, payload: unknown) => {
      const response = await fetch(`${base}${path}`, {
        method: "POST",
        headers,
        body: JSON.stringify(payload),
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { id: string };
    };
    const organization = await post("/api/v1/organizations", {
      name: "Bench Rights Network",
      acronym: "BRN",
      mission: { original: "en", texts: { en: "Campaigns." } },
      types: ["human_rights"],
      level: "national",
      headquartersCountry: "JO",
      countries: ["JO"],
      issues: ["arbitrary_detention"],
      capacities: ["litigation"],
      workingLanguages: ["en"],
    });
    log(`${base} (${describe})`);

    const importOnce = async () => {
      const campaign = await post("/api/v1/campaigns", {
        organizationId: organization.id,
        title: { original: "en", texts: { en: "Kumu import" } },
      });
      const started = performance.now();
      const response = await fetch(`${base}/api/v1/campaigns/${campaign.id}/stakeholders/kumu`, {
        method: "POST",
        headers,
        body,
      });
      const text = await response.text();
      const elapsed = performance.now() - started;
      if (response.status !== 200)
        throw new Error(`import: ${response.status} ${text.slice(0, 500)}`);
      const report = JSON.parse(text) as {
        elements: { created: number };
        connections: { created: number };
        refused: unknown[];
      };
      if (
        report.elements.created !== elementCount ||
        report.connections.created !== connectionCount ||
        report.refused.length
      ) {
        throw new Error(`unexpected report: ${text.slice(0, 500)}`);
      }
      return { ms: elapsed, campaignId: campaign.id };
    };
    const timedGet = async (path: string) => {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers });
      const text = await response.text();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return { ms: performance.now() - started, bytes: text.length };
    };

    for (let i = 0; i < warmupRuns; i++) {
      log(`Warm-up ${i + 1}/${warmupRuns}...`);
      await importOnce();
    }
    const calibration = calibrate();
    const loadBefore = loadAverage();
    const samples: number[] = [];
    let last = "";
    for (let i = 0; i < runs; i++) {
      const run = await importOnce();
      samples.push(run.ms);
      last = run.campaignId;
      log(`Run ${i + 1}/${runs}: ${ms(run.ms)} ms`);
    }
    const loadAfter = loadAverage();
    const stats = statsOf(samples);
    const reads = {
      "power map": await timedGet(`/api/v1/campaigns/${last}/stakeholders/power-map`),
      "elements.csv": await timedGet(`/api/v1/campaigns/${last}/stakeholders/kumu/elements.csv`),
      "connections.csv": await timedGet(
        `/api/v1/campaigns/${last}/stakeholders/kumu/connections.csv`,
      ),
    };

    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    console.log(`## Kumu import on ${backend}\n`);
    console.log(
      `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ` +
        `calibration loop ${ms(calibration)} ms; load ${loadBefore} → ${loadAfter}\n`,
    );
    console.log(
      `Files: ${elementCount} elements, ${connectionCount} connections, request body ${(body.length / 2 ** 20).toFixed(2)} MiB\n`,
    );
    console.log("| Measure | runs | median | p95 | min | max |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    console.log(
      `| import (POST …/stakeholders/kumu) | ${stats.requests} | ${ms(stats.median)} | ${ms(stats.p95)} | ${ms(stats.min)} | ${ms(stats.max)} |`,
    );
    for (const [name, read] of Object.entries(reads)) {
      console.log(
        `| ${name}, once (${(read.bytes / 1024).toFixed(0)} KiB) | 1 | ${ms(read.ms)} | | | |`,
      );
    }
    console.log("\nAll times in ms, measured by the client over loopback HTTP.");
    if (args.json) {
      writeFileSync(
        args.json,
        JSON.stringify({ backend, elementCount, connectionCount, samples, stats, reads }, null, 2),
      );
    }
  } finally {
    await app.close();
    await dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
