import { asc, desc, gt, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import {
  type AuditContent,
  type AuditEntry,
  type ExpectedHead,
  type VerifyResult,
  appendEntry,
  verifyChainAsync,
} from "../../lib/audit-chain.ts";
import { auditEntries } from "./audit.table.ts";

/** One number for the lock that serialises appends: the chain has one head. */
const chainLock = 0x636761; // "cga"

type Row = typeof auditEntries.$inferSelect;

const toEntry = (row: Row): AuditEntry => ({
  seq: row.seq,
  at: row.at.toISOString(),
  actorUserId: row.actorUserId,
  actorOrganizationId: row.actorOrganizationId,
  action: row.action,
  subjectKind: row.subjectKind,
  subjectId: row.subjectId,
  details: row.details,
  prevHash: row.prevHash,
  hash: row.hash,
});

/**
 * The audit log's only writer and reader. An entry is appended in the caller's transaction,
 * so what it records and the record of it commit together or not at all; appends wait for one
 * another on a transaction lock, so the chain never forks.
 */
export function createAuditLog(db: Db) {
  async function* entries(batch = 5000): AsyncGenerator<AuditEntry> {
    let after = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEntries)
        .where(gt(auditEntries.seq, after))
        .orderBy(asc(auditEntries.seq))
        .limit(batch);
      for (const row of rows) yield toEntry(row);
      if (rows.length < batch) return;
      after = rows[rows.length - 1]!.seq;
    }
  }

  return {
    async append(
      tx: Tx,
      content: Omit<AuditContent, "at" | "details"> & {
        at: Date;
        details?: Record<string, unknown>;
      },
    ): Promise<AuditEntry> {
      await tx.execute(sql`select pg_advisory_xact_lock(${chainLock})`);
      const [head] = await tx.select().from(auditEntries).orderBy(desc(auditEntries.seq)).limit(1);
      const entry = appendEntry(head ? toEntry(head) : null, {
        ...content,
        at: content.at.toISOString(),
        details: content.details ?? {},
      });
      await tx.insert(auditEntries).values({ ...entry, at: new Date(entry.at) });
      return entry;
    },

    entries,

    /** Checks the whole chain in constant memory, and that it passes through `expect`. */
    verify(options: { expect?: Iterable<ExpectedHead> } = {}): Promise<VerifyResult> {
      return verifyChainAsync(entries(), options);
    },
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
