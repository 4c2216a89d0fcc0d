import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The audit log (issue 14): append-only and hash-chained, each entry carrying the hash of the
 * one before (server/lib/audit-chain.ts). No foreign keys: an entry outlives the person, the
 * organisation and the record it names. A trigger refuses every update, delete and truncate
 * (migration 0016), so not even the app's own role can rewrite it.
 */
export const auditEntries = pgTable(
  "audit_entries",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    actorUserId: text("actor_user_id"),
    actorOrganizationId: uuid("actor_organization_id"),
    action: text("action").notNull(),
    subjectKind: text("subject_kind").notNull(),
    subjectId: text("subject_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull().unique(),
  },
  (t) => [
    index("audit_entries_subject_idx").on(t.subjectKind, t.subjectId, t.seq),
    // An organisation reads the audit of its own records: entries name the owner in details.
    index("audit_entries_owner_idx").on(sql`(${t.details}->>'owner')`, t.seq),
  ],
);

/** Signed checkpoints of the chain: its size and head, signed with the instance's Ed25519 key. */
export const auditCheckpoints = pgTable("audit_checkpoints", {
  treeSize: bigint("tree_size", { mode: "number" }).primaryKey(),
  headHash: text("head_hash").notNull(),
  at: timestamp("at", { withTimezone: true }).notNull(),
  signature: text("signature").notNull(),
});
