/**
 * Where one coalition request spends its time: every SQL statement it sends, with its time
 * and row count, next to the whole request's time.
 *
 *   npm run bench:coalition -- --db postgres --keep      # once, to keep the data
 *   npx tsx bench/coalition-profile.ts --db postgres [--runs N] [PATH...]
 *
 * Opens the database the coalition benchmark kept (PostgreSQL: `cg_bench_coalition` on
 * DATABASE_URL's server; PGlite: --dir, by default the benchmark's --keep directory for the
 * default sizes), starts the app in-process (no network: app.inject), signs in as the
 * benchmark's reader and sends each path --runs times (default 5); prints the statements of
 * the last run. Without paths: the coalition home's first-load calls and the sample proposal
 * pages. Statements sent together overlap, so their times may add up to more than the
 * request. For the time outside SQL, run under `node --cpu-prof --import tsx` instead of tsx.
 */
import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { buildApp } from "../server/app.ts";
import { type Database, openDatabase, pgliteExtensions } from "../server/db/client.ts";
import { withDatabase } from "./bench-database.ts";
import {
  benchConfig,
  benchDatabase,
  findTarget,
  homeCalls,
  proposalSamples,
  signIn,
} from "./coalition-pages.ts";
import { defaultSizes } from "./coalition-rows.ts";

const { values: args, positionals } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    dir: {
      type: "string",
      default: path.join(os.tmpdir(), `cg-bench-coalition-pglite-${defaultSizes.stances}`),
    },
    runs: { type: "string", default: "5" },
  },
  allowPositionals: true,
  strict: true,
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive integer");

type Statement = { ms: number; rows: number; text: string };
let statements: Statement[] = [];

/** Wraps a query method so each call is timed; works for pg (promise or callback) and PGlite. */
function timed<F extends (...a: unknown[]) => unknown>(query: F): F {
  return function (this: unknown, ...a: unknown[]) {
    const started = performance.now();
    const first = a[0] as { text?: string } | string | undefined;
    const text = typeof first === "string" ? first : (first?.text ?? "");
    const record = (result: unknown) => {
      const r = result as { rows?: unknown[]; rowCount?: number } | undefined;
      statements.push({
        ms: performance.now() - started,
        rows: r?.rows?.length ?? r?.rowCount ?? 0,
        text,
      });
    };
    const last = a.at(-1);
    if (typeof last === "function") {
      a[a.length - 1] = (error: unknown, result: unknown) => {
        record(result);
        (last as (e: unknown, r: unknown) => void)(error, result);
      };
    }
    const answer = query.apply(this, a);
    if (answer instanceof Promise) answer.then(record, () => {});
    return answer;
  } as F;
}

async function open(): Promise<{ database: Database; describe: string }> {
  if (args.db === "postgres") {
    const client = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    client.query = timed(client.query);
    const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const url = withDatabase(serverUrl, benchDatabase);
    return { database: await openDatabase({ databaseUrl: url }), describe: url };
  }
  if (args.db !== "pglite") throw new Error("--db must be postgres or pglite");
  const dir = path.join(args.dir, "pglite");
  if (!existsSync(dir)) throw new Error(`no PGlite data in ${dir}: run the benchmark with --keep`);
  const client = await PGlite.create(dir, { extensions: pgliteExtensions });
  const query = timed(client.query.bind(client) as (...a: unknown[]) => unknown);
  (client as unknown as { query: typeof query }).query = query;
  return { database: await openDatabase({ pglite: client }), describe: dir };
}

const { database, describe } = await open();
const config = benchConfig();
const app = await buildApp({ config, database, serveWeb: false, backgroundJobs: false });
try {
  const target = await findTarget(database);
  const cookie = await signIn(app, database, target, config.publicUrl);
  let paths = positionals;
  if (!paths.length) {
    const samples = await proposalSamples(database, target.coalitionId);
    paths = [
      ...homeCalls(target.coalitionId).map((c) => c.path),
      ...samples.map((s) => `/api/v1/proposals/${s.id}`),
    ];
  }
  process.stdout.write(`${describe}, ${runs} runs per path; the last one:\n`);
  for (const url of paths) {
    let ms = 0;
    let answer: Awaited<ReturnType<typeof app.inject>> | undefined;
    for (let run = 0; run < runs; run++) {
      statements = [];
      const started = performance.now();
      answer = await app.inject({ method: "GET", url, headers: { cookie } });
      ms = performance.now() - started;
    }
    const inSql = statements.reduce((sum, s) => sum + s.ms, 0);
    process.stdout.write(
      `\n${url}: HTTP ${answer?.statusCode}, ${ms.toFixed(1)} ms, ${answer?.body.length ?? 0} bytes; ` +
        `${statements.length} statements, ${inSql.toFixed(1)} ms in SQL\n`,
    );
    for (const s of statements) {
      const text = s.text.replace(/\s+/g, " ").slice(0, 200);
      process.stdout.write(
        `  ${s.ms.toFixed(1).padStart(7)} ms ${String(s.rows).padStart(5)} rows  ${text}\n`,
      );
    }
  }
} finally {
  await app.close();
  await database.close();
  rmSync(config.dataDir, { recursive: true, force: true });
}
