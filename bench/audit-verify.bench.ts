/**
 * `common-ground audit verify` over a large audit log.
 *
 *   npm run bench:audit -- --db postgres|pglite --entries 1000000
 *
 * Creates a fresh database (PostgreSQL: `cg_bench_audit` on DATABASE_URL's server; PGlite: a
 * temporary directory) and migrates it; builds a valid hash chain of `--entries` entries in
 * Node (appendEntry, the writer's own function: varied actors, actions, subjects and details)
 * and writes it straight into `audit_entries` in batches; then times, several times, the
 * verification the CLI runs: every entry read in order through keyset pages and checked in
 * constant memory (createAuditLog(db).verify()). Prints Markdown; --json FILE also writes the
 * raw figures.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { type AuditEntry, appendEntry } from "../server/lib/audit-chain.ts";
import { createAuditLog } from "../server/modules/audit/audit.repo.ts";
import { auditEntries } from "../server/modules/audit/audit.table.ts";
import { backendOf, openBenchDatabase } from "./bench-database.ts";
import { loadAverage } from "./coalition-http.ts";
import { seeded } from "./bench-session.ts";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgres" },
    entries: { type: "string", default: "1000000" },
    runs: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
  },
  strict: true,
});
const backend = backendOf(args.db);
const entries = Number(args.entries);
const runs = Number(args.runs);
if (!Number.isInteger(entries) || entries < 1) throw new Error("bad number for --entries");
const log = (message: string) => process.stderr.write(`${message}\n`);

const actions = ["record.read", "record.edit", "record.share", "grant.create", "record.export"];

async function main() {
  const { database, describe, dispose } = await openBenchDatabase({
    backend,
    name: "cg_bench_audit",
    pglite: "cg-bench-audit-pglite",
    size: entries,
    reuse: false,
    keep: args.keep,
    holdsWanted: async () => false,
  });
  try {
    await database.migrate();
    log(`Writing ${entries.toLocaleString("en")} entries into ${describe}...`);
    const random = seeded(20261207);
    const started = performance.now();
    const start = Date.UTC(2026, 0, 1);
    let prev: AuditEntry | null = null;
    let batch: AuditEntry[] = [];
    const flush = async () => {
      if (!batch.length) return;
      await database.db
        .insert(auditEntries)
        .values(batch.map((e) => ({ ...e, at: new Date(e.at) })));
      batch = [];
    };
    for (let i = 0; i < entries; i++) {
      prev = appendEntry(prev, {
        at: new Date(start + i * 1000).toISOString(),
        actorUserId: `user-${random.int(1, 400)}`,
        actorOrganizationId: null,
        action: random.pick(actions),
        subjectKind: "record",
        subjectId: `00000000-0000-7000-8000-${String(random.int(1, 100_000)).padStart(12, "0")}`,
        details: { fields: ["narrative", "country"].slice(0, random.int(1, 2)), n: i },
      });
      batch.push(prev);
      if (batch.length === 2000) await flush();
      if (i % 200_000 === 199_999) log(`  ${(i + 1).toLocaleString("en")}`);
    }
    await flush();
    if (database.kind === "postgres") await database.db.execute(sql`analyze audit_entries`);
    const writtenSeconds = (performance.now() - started) / 1000;
    log(`Written in ${writtenSeconds.toFixed(1)} s. Verifying ${runs} times...`);
    const auditLog = createAuditLog(database.db);
    const loadBefore = loadAverage();
    const seconds: number[] = [];
    let last = "";
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const result = await auditLog.verify();
      seconds.push((performance.now() - t0) / 1000);
      if (!result.ok || result.count !== entries) {
        throw new Error(`verification failed: ${JSON.stringify(result)}`);
      }
      last = result.head;
      log(`  run ${r + 1}: ${seconds.at(-1)!.toFixed(1)} s`);
    }
    const loadAfter = loadAverage();
    const sorted = [...seconds].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const lines = [
      `## audit verify at ${entries.toLocaleString("en")} entries: ${backend === "postgres" ? "PostgreSQL" : "PGlite"}`,
      "",
      `Written in ${writtenSeconds.toFixed(1)} s. ${runs} verifications: ${seconds.map((s) => `${s.toFixed(1)} s`).join(", ")}; median ${median.toFixed(1)} s; head ${last.slice(0, 16)}…. ` +
        `Load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after, on ${os.cpus().length} CPUs.`,
      "",
      `Target (under 30 s): ${sorted.at(-1)! < 30 ? "met" : "**missed**"}.`,
      "",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    if (args.json) {
      writeFileSync(
        args.json,
        JSON.stringify(
          { backend, entries, writtenSeconds, seconds, loadBefore, loadAfter },
          null,
          2,
        ),
      );
    }
  } finally {
    await dispose();
  }
}

await main();
