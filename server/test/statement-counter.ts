import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * What one piece of work asked of the database: `statements` sent (a transaction counts its
 * BEGIN and COMMIT or ROLLBACK too, as PostgreSQL receives them), and `waits`, the times it had
 * to take the database anew: one per statement outside a transaction and one per transaction,
 * each a turn in PGlite's queue or a connection taken from the PostgreSQL pool.
 */
export type StatementCount = { statements: number; waits: number };

type Patch = { owner: object; key: string; original: unknown; own: boolean };

/**
 * Counts the statements both drivers send, by wrapping PGlite's and node-postgres's own methods
 * for as long as it is installed. Test files share a worker process one after another, so the
 * counts are only this file's while a `measure` runs; `uninstall` puts the methods back.
 */
export function installStatementCounter() {
  let current: (StatementCount & { sent: string[] }) | null = null;
  const patches: Patch[] = [];
  const patch = <T extends object>(owner: T, key: string, wrap: (original: never) => unknown) => {
    const original = (owner as Record<string, unknown>)[key];
    patches.push({ owner, key, original, own: Object.hasOwn(owner, key) });
    (owner as Record<string, unknown>)[key] = wrap(original as never);
  };
  const statement = (text: unknown) => {
    if (!current) return;
    current.statements += 1;
    current.sent.push(
      typeof text === "string" ? text : ((text as { text?: string } | null)?.text ?? "?"),
    );
  };
  const wait = () => {
    if (current) current.waits += 1;
  };

  type Method = (this: unknown, ...args: unknown[]) => Promise<unknown>;
  for (const key of ["query", "exec", "sql"]) {
    patch(
      PGlite.prototype,
      key,
      (original: Method) =>
        function counted(this: unknown, ...args: unknown[]) {
          statement(args[0]);
          wait();
          return original.apply(this, args);
        },
    );
  }
  patch(
    PGlite.prototype,
    "transaction",
    (original: Method) =>
      function counted(this: unknown, work: (tx: Record<string, unknown>) => Promise<unknown>) {
        wait();
        statement("begin");
        return original.call(this, async (tx: Record<string, unknown>) => {
          const countedTx = new Proxy(tx, {
            get(target, property) {
              const value = Reflect.get(target, property, target);
              if (typeof value !== "function") return value;
              if (property === "query" || property === "exec" || property === "sql")
                return (...args: unknown[]) => {
                  statement(args[0]);
                  return (value as Method).apply(target, args);
                };
              return (value as Method).bind(target);
            },
          });
          try {
            return await work(countedTx);
          } finally {
            statement("commit or rollback");
          }
        });
      },
  );
  // Every statement reaches the server through a client's `query`, a pool's too; each
  // `pool.query` and each transaction takes a connection with `connect`.
  patch(
    pg.Client.prototype,
    "query",
    (original: Method) =>
      function counted(this: unknown, ...args: unknown[]) {
        statement(args[0]);
        return original.apply(this, args);
      },
  );
  patch(
    pg.Pool.prototype,
    "connect",
    (original: Method) =>
      function counted(this: unknown, ...args: unknown[]) {
        wait();
        return original.apply(this, args);
      },
  );

  return {
    /** Runs `work` and counts what it sent, including what it left running for a moment after. */
    async measure(work: () => Promise<unknown>): Promise<StatementCount> {
      if (current) throw new Error("one measure at a time");
      const count = { statements: 0, waits: 0, sent: [] as string[] };
      current = count;
      try {
        await work();
        // Work a request starts without awaiting it still belongs to the request.
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        current = null;
      }
      // STATEMENT_LOG=1 prints what was sent, to see which statements repeat.
      if (process.env.STATEMENT_LOG) console.log(count.sent.join("\n"));
      return { statements: count.statements, waits: count.waits };
    },
    uninstall() {
      for (const { owner, key, original, own } of patches.reverse()) {
        if (own) (owner as Record<string, unknown>)[key] = original;
        else delete (owner as Record<string, unknown>)[key];
      }
    },
  };
}
