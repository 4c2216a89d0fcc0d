import { and, asc, desc, eq, gt, lt, sql } from "drizzle-orm";
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

  type Content = Omit<AuditContent, "at" | "details"> & {
    at: Date;
    details?: Record<string, unknown>;
  };

  /** Appends entries in order, in the caller's transaction, with one read of the head. */
  async function appendMany(tx: Tx, contents: readonly Content[]): Promise<AuditEntry[]> {
    if (!contents.length) return [];
    await tx.execute(sql`select pg_advisory_xact_lock(${chainLock})`);
    const [head] = await tx.select().from(auditEntries).orderBy(desc(auditEntries.seq)).limit(1);
    let previous = head ? toEntry(head) : null;
    const written: AuditEntry[] = [];
    for (const content of contents) {
      previous = appendEntry(previous, {
        ...content,
        at: content.at.toISOString(),
        details: content.details ?? {},
      });
      written.push(previous);
    }
    // In slices: PostgreSQL takes at most 65,535 parameters in one statement.
    for (let i = 0; i < written.length; i += 2000) {
      const slice = written.slice(i, i + 2000);
      await tx.insert(auditEntries).values(slice.map((e) => ({ ...e, at: new Date(e.at) })));
    }
    return written;
  }

  return {
    async append(tx: Tx, content: Content): Promise<AuditEntry> {
      const [entry] = await appendMany(tx, [content]);
      return entry!;
    },

    appendMany,

    /** The entries about an organisation's records, newest first, a page at a time. */
    async ofOwner(organizationId: string, before: number | undefined, limit: number) {
      const rows = await db
        .select()
        .from(auditEntries)
        .where(
          and(
            sql`${auditEntries.details}->>'owner' = ${organizationId}`,
            before ? lt(auditEntries.seq, before) : undefined,
          ),
        )
        .orderBy(desc(auditEntries.seq))
        .limit(limit);
      return rows.map(toEntry);
    },

    /** The entries about one subject, newest first, a page at a time. */
    async about(subjectKind: string, subjectId: string, before: number | undefined, limit: number) {
      const rows = await db
        .select()
        .from(auditEntries)
        .where(
          and(
            eq(auditEntries.subjectKind, subjectKind),
            eq(auditEntries.subjectId, subjectId),
            before ? lt(auditEntries.seq, before) : undefined,
          ),
        )
        .orderBy(desc(auditEntries.seq))
        .limit(limit);
      return rows.map(toEntry);
    },

    entries,

    /** Checks the whole chain in constant memory, and that it passes through `expect`. */
    verify(options: { expect?: Iterable<ExpectedHead> } = {}): Promise<VerifyResult> {
      return verifyChainAsync(entries(), options);
    },
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
