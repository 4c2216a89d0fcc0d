/**
 * The databases the benchmarks run on: a PostgreSQL database created on DATABASE_URL's server
 * (by default postgres://postgres@127.0.0.1:5432) or a PGlite data directory in the temporary
 * directory, migrated, and dropped or deleted at the end unless the run keeps it (--keep) or
 * reuses it (--reuse). The directory and discovery benchmarks share one database of generated
 * organisations (prepareBenchDatabase); the coalition benchmark fills its own
 * (openBenchDatabase).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { sql } from "drizzle-orm";
import { type Database, openDatabase, rowsOf } from "../server/db/client.ts";
import { type GenerateReport, generateOrganizations } from "./generate-organizations.ts";

export type Backend = "postgres" | "pglite";

/** The --db option's value, checked. */
export function backendOf(value: string | undefined): Backend {
  if (value !== "postgres" && value !== "pglite")
    throw new Error("--db must be postgres or pglite");
  return value;
}

/**
 * The PostgreSQL database of generated organisations that the directory
 * and discovery benchmarks share.
 */
export const organizationsBenchDatabase = "cg_bench";

/** `url` naming the database `name` on the same server. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** An open, migrated bench database, what to call it in messages, and how to let it go. */
export type BenchDatabase = {
  database: Database;
  describe: string;
  /** Closes the database, then drops it or deletes its directory unless kept or reused. */
  dispose: () => Promise<void>;
};

export type OpenBenchDatabaseOptions = {
  backend: Backend;
  /** PostgreSQL: the database to create (or reuse) on DATABASE_URL's server. */
  name: string;
  /**
   * PGlite: the data directory's name in the temporary directory. A run that neither keeps nor
   * reuses it takes a fresh `<pglite>-<random>`; otherwise `<pglite>-<size>`, so that a later
   * run with --reuse (or a profiler) finds the data generated for that size.
   */
  pglite: string;
  size: number;
  /** Keep an existing database and do not drop it at the end. */
  reuse: boolean;
  /** Do not drop the database / delete the PGlite directory at the end. */
  keep: boolean;
  /**
   * With reuse, whether an existing PostgreSQL database already holds the data this run wants;
   * if not, it is dropped and created again. (A PGlite directory is never emptied by reuse: the
   * caller finds out what it holds once it is open.)
   */
  holdsWanted: (database: Database) => Promise<boolean>;
};

/**
 * Opens the bench database, fresh unless reused (a kept PGlite directory of the same size left
 * over without --reuse is deleted first), and migrates it: a reused database from an older run
 * gains the migrations added since.
 */
export async function openBenchDatabase(options: OpenBenchDatabaseOptions): Promise<BenchDatabase> {
  const { name, reuse } = options;
  const keep = options.keep || reuse;
  let database: Database;
  let describe: string;
  let dispose: () => Promise<void>;
  if (options.backend === "postgres") {
    const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const url = withDatabase(serverUrl, name);
    const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
    await admin.connect();
    const exists =
      (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1;
    let fresh = true;
    if (exists && reuse) {
      const probe = await openDatabase({ databaseUrl: url });
      fresh = !(await options.holdsWanted(probe));
      await probe.close();
    }
    if (fresh) {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
    }
    await admin.end();
    database = await openDatabase({ databaseUrl: url });
    describe = `PostgreSQL database ${name} on ${new URL(url).host}`;
    dispose = async () => {
      await database.close();
      if (keep) return;
      const cleanup = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    };
  } else {
    const dir = keep
      ? path.join(os.tmpdir(), `${options.pglite}-${options.size}`)
      : mkdtempSync(path.join(os.tmpdir(), `${options.pglite}-`));
    if (keep && !reuse && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    database = await openDatabase({ dataDir: dir });
    describe = `PGlite in ${dir}`;
    dispose = async () => {
      await database.close();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    };
  }
  await database.migrate();
  return { database, describe, dispose };
}

/** How many organisations the database holds; -1 if it has no organisations table yet. */
export async function countOrganizations(database: Database): Promise<number> {
  try {
    const result = await database.db.execute(sql`select count(*)::int as n from organizations`);
    return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
  } catch {
    return -1;
  }
}

export type PrepareBenchDatabaseOptions = {
  backend: Backend;
  /** How many organisations to generate (bench/generate-organizations.ts). */
  orgCount: number;
  /** The generator's seed. */
  seed: number;
  /** Keep an existing bench database holding exactly `orgCount` organisations (no regeneration). */
  reuse: boolean;
  /** Do not drop the database / delete the PGlite directory at the end. */
  keep: boolean;
  /** PostgreSQL: the database to use (default `cg_bench`). */
  name?: string;
  /** Where progress goes (the benchmarks: stderr, so stdout holds only the tables). */
  log: (message: string) => void;
};

/**
 * A migrated bench database holding `orgCount` generated organisations, and how to dispose of
 * it. `generated` is the generator's report, or null when --reuse kept the data of an earlier
 * run; the caller logs the timings it cares about. A database that holds other organisations
 * is an error, never overwritten.
 */
export async function prepareBenchDatabase(
  options: PrepareBenchDatabaseOptions,
): Promise<BenchDatabase & { generated: GenerateReport | null }> {
  const { orgCount, reuse, log } = options;
  const { database, describe, dispose } = await openBenchDatabase({
    backend: options.backend,
    name: options.name ?? organizationsBenchDatabase,
    pglite: "cg-bench-pglite",
    size: orgCount,
    reuse,
    keep: options.keep,
    holdsWanted: async (probe) => (await countOrganizations(probe)) === orgCount,
  });
  let generated: GenerateReport | null = null;
  const existing = await countOrganizations(database);
  if (existing === orgCount && reuse) {
    log(`Reusing ${existing} organisations in ${describe}`);
    // The migrations run on open bring an older database up to date: migration 0011, for one,
    // rewrote every organisation's directory copy, so it carries the postures and opt-outs
    // discovery reads.
  } else {
    if (existing !== 0) throw new Error(`${describe} is not empty (${existing} organisations)`);
    log(`Generating ${orgCount} organisations in ${describe}...`);
    let lastReport = performance.now();
    generated = await generateOrganizations(database, {
      count: orgCount,
      seed: options.seed,
      onProgress: (done) => {
        if (performance.now() - lastReport > 5000 || done === orgCount) {
          lastReport = performance.now();
          log(`  ${done} inserted`);
        }
      },
    });
  }
  return { database, describe, generated, dispose };
}
