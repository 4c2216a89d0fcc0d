/**
 * A published joint statement with thousands of signatures, read by anyone at the HTTP API.
 *
 *   npm run bench:statement -- --db postgres|pglite --signatures 2000 --iterations 300
 *
 * Creates a fresh database (PostgreSQL: `cg_bench_statement` on DATABASE_URL's server;
 * PGlite: a temporary directory), migrates it and starts the real app on 127.0.0.1. Through
 * the app's routes it makes a person, an organisation, a coalition and a statement open for
 * sign-on; it generates `--signatures` organisations (the directory benchmark's generator) and
 * writes one answer for each straight into `statement_answers` (three in four sign publicly,
 * one in five supports privately, the rest decline), then publishes through the route. It then
 * times, signed out, over a keep-alive connection with gzip/br accepted, from sending to the
 * last byte: the public JSON (`GET /api/v1/public/statements/{id}`) and the server-rendered
 * page (`GET /p/statements/{id}`). Prints Markdown; --json FILE also writes the raw figures.
 */
import { rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { defaultDecisionRules } from "../shared/coalitions.ts";
import { PublicStatement } from "../shared/statements/api.ts";
import { buildApp } from "../server/app.ts";
import { rowsOf } from "../server/db/client.ts";
import { statementAnswers } from "../server/modules/statements/statements.table.ts";
import { backendOf, openBenchDatabase } from "./bench-database.ts";
import { benchSession } from "./bench-session.ts";
import { type Stats, calibrate, createClient, loadAverage, ms, statsOf } from "./coalition-http.ts";
import { benchConfig } from "./coalition-pages.ts";
import { generateOrganizations } from "./generate-organizations.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    signatures: { type: "string", default: "2000" },
    iterations: { type: "string", default: "300" },
    warmup: { type: "string", default: "30" },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
  },
  strict: true,
});
const backend = backendOf(args.db);
const count = (name: "signatures" | "iterations" | "warmup") => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`bad number for --${name}`);
  return value;
};
const signatures = count("signatures");
const iterations = count("iterations");
const warmupRounds = count("warmup");
const log = (message: string) => process.stderr.write(`${message}\n`);
const text = (en: string) => ({ original: "en", texts: { en } });

async function main() {
  const { database, describe, dispose } = await openBenchDatabase({
    backend,
    name: "cg_bench_statement",
    pglite: "cg-bench-statement-pglite",
    size: signatures,
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
      email: "convener@bench.example.org",
      password: "bench convener password 2026",
      name: "Bench Convener",
    });
    const send = (method: "POST" | "PATCH", url: string, payload?: unknown) =>
      session.send<{ id: string; current: { id: string } }>(method, url, payload);
    const convener = await send("POST", "/api/v1/organizations", {
      name: "Bench Convener Network",
      types: ["human_rights"],
      level: "national",
      headquartersCountry: "JO",
    });
    const coalition = await send("POST", "/api/v1/coalitions", {
      organizationId: convener.id,
      name: "Bench Statement Coalition",
      visibility: "public",
      charter: {
        purpose: text("Speak together."),
        decisionRules: defaultDecisionRules,
        collaborationLevel: "coordination",
      },
    });
    const statement = await send("POST", `/api/v1/coalitions/${coalition.id}/statements`, {
      title: text("End the siege"),
      text: text("We, the undersigned, call on all parties to **open the roads**.\n\n".repeat(20)),
      showPrivateCount: true,
    });
    await send("PATCH", `/api/v1/statements/${statement.id}`, { status: "open" });

    log(`Generating ${signatures} organisations and their answers...`);
    const generatedStarted = performance.now();
    await generateOrganizations(database, { count: signatures, seed: 20261207 });
    const ids = rowsOf<{ id: string }>(
      await database.db.execute(
        sql`select id from organizations where id <> ${convener.id} order by id limit ${signatures}`,
      ),
    ).map((r) => r.id);
    const at = new Date();
    const rows = ids.map((organizationId, i) => ({
      statementId: statement.id,
      organizationId,
      versionId: statement.current.id,
      answer: (i % 20 < 15 ? "public" : i % 20 < 19 ? "private" : "decline") as
        "public" | "private" | "decline",
      outside: false,
      answeredAt: at,
    }));
    for (let i = 0; i < rows.length; i += 1000) {
      await database.db.insert(statementAnswers).values(rows.slice(i, i + 1000));
    }
    if (database.kind === "postgres") await database.db.execute(sql`analyze`);
    const generatedMs = performance.now() - generatedStarted;
    await send("POST", `/api/v1/statements/${statement.id}/publish`);

    const client = createClient(base, "");
    const json = `/api/v1/public/statements/${statement.id}`;
    const page = `/p/statements/${statement.id}`;
    const first = await client.read(json);
    if (first.status !== 200) throw new Error(`HTTP ${first.status}: ${first.body.slice(0, 300)}`);
    const published = PublicStatement.parse(JSON.parse(first.body));
    const firstPage = await client.read(page);
    log(
      `Named ${published.signatories.length}, private ${published.privateSupporters}; ${first.bytes} bytes of JSON, ${firstPage.bytes} of HTML.`,
    );
    for (let round = 0; round < warmupRounds; round++) {
      await client.get(json);
      await client.get(page);
    }
    const calibrationBefore = calibrate();
    const loadBefore = loadAverage();
    const jsonTimes: number[] = [];
    const pageTimes: number[] = [];
    let errors = 0;
    for (let round = 0; round < iterations; round++) {
      const a = await client.get(json);
      const b = await client.get(page);
      if (a.status !== 200 || b.status !== 200) errors++;
      jsonTimes.push(a.ms);
      pageTimes.push(b.ms);
    }
    const loadAfter = loadAverage();
    const calibrationAfter = calibrate();
    client.close();
    const row = (label: string, s: Stats) =>
      `| ${label} | ${s.requests} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.min)} | ${ms(s.max)} |`;
    const jsonStats = statsOf(jsonTimes);
    const pageStats = statsOf(pageTimes);
    const lines = [
      `## A published statement at the HTTP API: ${backend === "postgres" ? "PostgreSQL" : "PGlite"}`,
      "",
      `Data: ${signatures.toLocaleString("en")} answers (${published.signatories.length} public, ${published.privateSupporters} private, the rest declines), written in ${(generatedMs / 1000).toFixed(1)} s with their organisations; ` +
        `${first.bytes} bytes of JSON and ${firstPage.bytes} of HTML (uncompressed). ${iterations} rounds after ${warmupRounds} warm-up rounds; ${errors} errors. ` +
        `Load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after, on ${os.cpus().length} CPUs; calibration loop ${calibrationBefore.toFixed(0)} ms before, ${calibrationAfter.toFixed(0)} ms after.`,
      "",
      "| Request (signed out) | Requests | Median (ms) | p95 (ms) | p99 (ms) | Min (ms) | Max (ms) |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      row("**`GET /api/v1/public/statements/{id}`**", jsonStats),
      row("`GET /p/statements/{id}` (the page)", pageStats),
      "",
      `Target (p95 < 50 ms at the HTTP API): ${jsonStats.p95 < 50 && pageStats.p95 < 50 ? "met" : "**missed**"}.`,
      "",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    if (args.json) {
      writeFileSync(
        args.json,
        JSON.stringify({ backend, signatures, errors, jsonStats, pageStats }, null, 2),
      );
    }
  } finally {
    await app.close();
    rmSync(config.dataDir, { recursive: true, force: true });
    await dispose();
  }
}

await main();
