import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { arrivalOrder } from "../lib/request-order.ts";
import * as schema from "./schema.ts";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  /**
   * Runs `work` while no other process runs work under the same name (PostgreSQL: an advisory
   * lock held by a transaction on its own connection; PGlite has one process by nature).
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

export const migrationsFolder = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "migrations",
);

export const pgliteExtensions = { pg_trgm, unaccent };

/** The rows of a raw `db.execute(sql\`…\`)`: both drivers answer with `{ rows }`. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** PostgreSQL when a URL is given, otherwise PGlite in a directory (or in memory for `memory://`). */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  /** Connections to PostgreSQL at most (10 unless given). */
  poolSize?: number;
  dataDir?: string;
  pglite?: PGlite;
}): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
    });
    // An idle connection the server closes (a restart, a failover, a dropped test database)
    // is an error on the pool; without a listener it would end the process. The pool
    // discards that connection and opens another on the next query; /readyz reports it.
    pool.on("error", (error) => {
      process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const exclusively = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      // A transaction-scoped lock, so it is held by one server connection even through
      // PgBouncer in transaction mode, and let go if this process dies.
      const holder = await pool.connect();
      try {
        await holder.query("begin");
        await holder.query("select pg_advisory_xact_lock(hashtext($1))", [name]);
        return await work();
      } finally {
        await holder.query("rollback").catch(() => {});
        holder.release();
      }
    };
    return {
      db,
      kind: "postgres",
      // Processes starting together would each apply the same migrations and fail on the
      // second `create`; one at a time, the later ones find nothing left to do.
      migrate: () =>
        exclusively("common-ground:migrate", () =>
          migratePg(drizzlePg(pool), { migrationsFolder }),
        ),
      exclusively,
      ping: async () => {
        await pool.query("select 1");
      },
      close: () => pool.end(),
    };
  }
  let client = options.pglite;
  if (!client) {
    const dir = path.join(options.dataDir ?? "./data", "pglite");
    mkdirSync(dir, { recursive: true });
    client = await PGlite.create(dir, {
      extensions: pgliteExtensions,
      // PostgreSQL's default 128 MB of shared buffers are resident in PGlite's WebAssembly
      // memory from the moment the database opens, whatever the data size (a bare open: 304
      // MB resident with them, 188 MB with 16 MB). Pages not in these buffers are read from
      // the operating system's file cache.
      // Measured in docs/PERFORMANCE.md (issue 16, memory footprint).
      startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"],
      // The same for initdb's own instance, which runs beside the first while it creates a
      // new database; it also writes the setting into the data directory's postgresql.conf.
      initDbStartParams: ["-c", "shared_buffers=16MB"],
    });
  }
  const pglite = queuedPglite(client);
  const db = drizzlePglite({ client: pglite, schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(drizzlePglite({ client: pglite }), { migrationsFolder }),
    exclusively: (_name, work) => work(),
    ping: async () => {
      await pglite.query("select 1");
    },
    close: () => pglite.close(),
  };
}

/**
 * PGlite runs each statement on the main thread, to its end, and one at a time: its own
 * locks serve statements in arrival order, and a transaction holds the database until it
 * ends. When one statement ends, the next waiting one starts in the same turn of the event
 * loop, so under load a whole queue of statements runs without the loop ever polling its
 * sockets: Node accepts one new connection per turn, and newcomers waited for seconds
 * (issue 16, bench/concurrency.bench.ts).
 *
 * This queue gives the event loop a turn after each statement, so that connections are
 * accepted, requests read and answers written while the queue drains. It serves statements
 * (and whole transactions) by the arrival of the request they belong to, then their own
 * arrival (server/lib/request-order.ts): a request that needs fifteen statements would
 * otherwise queue again behind every newer request for each one, and under a full load its
 * wait grew fifteen-fold (50 connections back to back: p99 5.1 s, per-connection p99 from 1
 * to 10.7 s). A statement issued inside a transaction goes to the transaction object and
 * does not pass here, as with PGlite's own locks.
 */
export class StatementQueue {
  /** Waiting statements, kept sorted by (request's arrival, statement's arrival). */
  private readonly waiting: {
    order: number;
    seq: number;
    work: () => Promise<unknown>;
    done: (outcome: Outcome) => void;
  }[] = [];
  private seq = 0;
  private running = false;

  /** How many statements wait for their turn (for tests and metrics). */
  get length(): number {
    return this.waiting.length;
  }

  /** Queues `work` as part of the request that arrived `order`th (default: the current one). */
  run<T>(work: () => Promise<T>, order = arrivalOrder()): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const job = {
        order,
        seq: this.seq++,
        work,
        done: (outcome: Outcome) =>
          outcome.ok ? resolve(outcome.value as T) : reject(outcome.error),
      };
      // Binary search for the first waiting job that comes after this one.
      let low = 0;
      let high = this.waiting.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        const other = this.waiting[middle]!;
        if (other.order < order || (other.order === order && other.seq < job.seq)) low = middle + 1;
        else high = middle;
      }
      this.waiting.splice(low, 0, job);
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    while (this.waiting.length) {
      const job = this.waiting.shift()!;
      try {
        job.done({ ok: true, value: await job.work() });
      } catch (error) {
        job.done({ ok: false, error });
      }
      // A turn of the event loop after each statement: the request it answered queues its
      // next statement (which then comes first), and connections are accepted meanwhile.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.running = false;
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** The PGlite instance with its statements and transactions passed through a StatementQueue. */
function queuedPglite(pglite: PGlite, queue = new StatementQueue()): PGlite {
  const queued = new Set<PropertyKey>(["query", "exec", "sql", "transaction"]);
  return new Proxy(pglite, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      // PGlite keeps its state in private fields: its methods must run on the instance itself.
      return queued.has(property)
        ? (...args: unknown[]) => queue.run(async () => method.apply(target, args))
        : method.bind(target);
    },
  });
}
