import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type {
  Classification,
  ConsentUse,
  RecordContent,
  RecordKind,
} from "../../../shared/records/fields.ts";
import type { SealedShare } from "../../../shared/records/confidential-api.ts";
import type { GrantFilter, OnwardRule } from "../../../shared/records/terms.ts";
import { users } from "../auth/auth.table.ts";
import { coalitions } from "../coalitions/coalitions.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

/*
 * Records (issue 14). The envelope (`records`) is everything access is decided from: owner,
 * classification, who inside the owner reads and edits, and whether it was deleted. The
 * content lives in `record_contents`, one row per version, and nothing that decides access
 * reads it; issue 15 stores ciphertext there under the same envelope.
 */
export const records = pgTable(
  "records",
  {
    id: uuid("id").primaryKey(),
    ownerOrganizationId: uuid("owner_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Null exactly when confidential: the kind is inside the ciphertext. */
    kind: text("kind").$type<RecordKind>(),
    classification: text("classification").$type<Classification>().notNull(),
    /** For `coalition`: the coalitions whose member organisations read it. */
    coalitionIds: uuid("coalition_ids").array().notNull().default([]),
    /** For `restricted`: the organisations that read it. */
    restrictedTo: uuid("restricted_to").array().notNull().default([]),
    /** Inside the owner: every person reads it, or only `reader_ids` (and editors, managers). */
    readersAll: boolean("readers_all").notNull(),
    readerIds: text("reader_ids").array().notNull().default([]),
    editorIds: text("editor_ids").array().notNull().default([]),
    version: integer("version").notNull(),
    /**
     * Copied out of the content so that lists, saved filters and statistics need not read it
     * (issue 15's confidential records leave them empty: the server cannot know them).
     */
    occurredOn: text("occurred_on"),
    country: text("country"),
    violationTypes: text("violation_types").array().notNull().default([]),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    /** A tombstone: the content is erased, the row and its audit stay. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /**
     * Confidential records (issue 15): the content key, encrypted under a key derived from
     * the owner's epoch secret, which only its members hold. The server cannot open it, nor
     * make one its members would accept.
     */
    keyEpoch: integer("key_epoch"),
    contentKey: jsonb("content_key").$type<{ nonce: string; ciphertext: string }>(),
  },
  (t) => [
    index("records_owner_idx").on(t.ownerOrganizationId, t.updatedAt, t.id),
    index("records_coalitions_idx").using("gin", t.coalitionIds),
    index("records_restricted_idx").using("gin", t.restrictedTo),
    check("records_kind_check", sql`${t.kind} in ('incident','case','trend','document')`),
    check(
      "records_classification_check",
      sql`${t.classification} in ('public','coalition','restricted','confidential')`,
    ),
    check(
      "records_confidential_check",
      sql`(${t.classification} = 'confidential') = (${t.kind} is null) and (${t.classification} = 'confidential') = (${t.contentKey} is not null)`,
    ),
  ],
);

/** Each version of a record's content, never changed; erased (not removed) on deletion. */
export const recordContents = pgTable(
  "record_contents",
  {
    recordId: uuid("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    fields: jsonb("fields").$type<RecordContent>().notNull(),
    /** A confidential record's content, encrypted in the browser; `fields` is then empty. */
    sealed: jsonb("sealed").$type<{ nonce: string; ciphertext: string }>(),
    editedBy: text("edited_by").references(() => users.id, { onDelete: "set null" }),
    editedAt: timestamp("edited_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.version] })],
);

/** Consent per use, as an append-only history: the latest event for a use decides. */
export const recordConsents = pgTable(
  "record_consents",
  {
    id: uuid("id").primaryKey(),
    recordId: uuid("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    use: text("use").$type<ConsentUse>().notNull(),
    state: text("state").$type<"given" | "refused" | "withdrawn">().notNull(),
    /** Who gave it, in words (the person concerned, a guardian, a focal point). */
    givenBy: text("given_by"),
    recordedBy: text("recorded_by").references(() => users.id, { onDelete: "set null" }),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("record_consents_record_idx").on(t.recordId, t.at)],
);

/** A file of a record: hashed at upload, served only as a download. */
export const recordFiles = pgTable(
  "record_files",
  {
    id: uuid("id").primaryKey(),
    recordId: uuid("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    mediaType: text("media_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    storeKey: text("store_key").notNull(),
    /**
     * A confidential record's file: its name, type, size, SHA-256 and key, encrypted under the
     * record's content key (`name` and `media_type` then say nothing, `sha256` is the stored
     * ciphertext's).
     */
    sealedHeader: jsonb("sealed_header").$type<{ nonce: string; ciphertext: string }>(),
    addedBy: text("added_by").references(() => users.id, { onDelete: "set null" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [index("record_files_record_idx").on(t.recordId)],
);

/** An information-sharing agreement between organisations; its terms change by version. */
export const agreements = pgTable("agreements", {
  id: uuid("id").primaryKey(),
  /** The organisation that proposed it. */
  proposedBy: uuid("proposed_by")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  version: integer("version").notNull(),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  endedAt: timestamp("ended_at", { withTimezone: true }),
  endedBy: uuid("ended_by").references(() => organizations.id, { onDelete: "set null" }),
});

export const agreementParties = pgTable(
  "agreement_parties",
  {
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.organizationId] }),
    index("agreement_parties_org_idx").on(t.organizationId),
  ],
);

/** The terms of each version, never changed once written. */
export const agreementVersions = pgTable(
  "agreement_versions",
  {
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    purpose: text("purpose").notNull(),
    dataCategories: text("data_categories").array().notNull(),
    /** The record fields that may be shared (minimum data). */
    fields: text("fields").array().notNull(),
    onwardRule: text("onward_rule").$type<OnwardRule>().notNull(),
    onwardCoalitionId: uuid("onward_coalition_id").references(() => coalitions.id, {
      onDelete: "set null",
    }),
    retentionDays: integer("retention_days").notNull(),
    /** The consent a record needs before it is shared under this agreement. */
    consentRequired: text("consent_required").$type<ConsentUse>(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.version] })],
);

/** A party's owner or admin accepted a version. */
export const agreementAcceptances = pgTable(
  "agreement_acceptances",
  {
    agreementId: uuid("agreement_id").notNull(),
    version: integer("version").notNull(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.version, t.organizationId] }),
    foreignKey({
      columns: [t.agreementId, t.version],
      foreignColumns: [agreementVersions.agreementId, agreementVersions.version],
    }).onDelete("cascade"),
  ],
);

/**
 * A record, or every record of the owner matching a saved filter, shared with an
 * organisation under an agreement version until an expiry. Revoked at once: every read
 * checks it, nothing caches it.
 */
export const recordGrants = pgTable(
  "record_grants",
  {
    id: uuid("id").primaryKey(),
    agreementId: uuid("agreement_id").notNull(),
    agreementVersion: integer("agreement_version").notNull(),
    /** The organisation whose records it shares (the owner, or a grantee sharing onward). */
    fromOrganizationId: uuid("from_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    toOrganizationId: uuid("to_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    recordId: uuid("record_id").references(() => records.id, { onDelete: "cascade" }),
    filter: jsonb("filter").$type<GrantFilter>(),
    /** Shared onward from this grant, which it ends with. */
    parentGrantId: uuid("parent_grant_id"),
    /** Shared without the matching consent: the reason given. */
    overrideReason: text("override_reason"),
    grantedBy: text("granted_by").references(() => users.id, { onDelete: "set null" }),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** Why it ended: revoked by hand, consent withdrawn, retention passed, agreement ended. */
    endReason: text("end_reason"),
    /**
     * A confidential record's share: the agreed fields encrypted under a share key sealed to
     * the recipient's epoch key, with the owner organisation's signed statement. Removed on
     * revocation.
     */
    sealedShare: jsonb("sealed_share").$type<SealedShare>(),
  },
  (t) => [
    index("record_grants_record_idx").on(t.recordId),
    index("record_grants_to_idx").on(t.toOrganizationId),
    index("record_grants_from_idx").on(t.fromOrganizationId),
    foreignKey({
      columns: [t.agreementId, t.agreementVersion],
      foreignColumns: [agreementVersions.agreementId, agreementVersions.version],
    }).onDelete("cascade"),
    check("record_grants_subject_check", sql`(${t.recordId} is null) <> (${t.filter} is null)`),
  ],
);

/**
 * Counts of an organisation's confidential incidents (issue 15), computed in its own browser
 * over records whose consent to statistics stands and contributed as aggregates: the server
 * counts no confidential record itself. A new contribution replaces the last.
 */
export const confidentialCountContributions = pgTable("confidential_count_contributions", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  /** Who sees the counts in statistics: the organisation's own people, or everyone. */
  audience: text("audience").$type<"organization" | "everyone">().notNull(),
  contributedBy: text("contributed_by").references(() => users.id, { onDelete: "set null" }),
  contributedAt: timestamp("contributed_at", { withTimezone: true }).notNull(),
});

export const confidentialCounts = pgTable(
  "confidential_counts",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => confidentialCountContributions.organizationId, { onDelete: "cascade" }),
    month: text("month").notNull(),
    country: text("country").notNull(),
    area: text("area").notNull().default(""),
    violationType: text("violation_type").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.month, t.country, t.area, t.violationType] }),
    check("confidential_counts_positive", sql`${t.count} > 0`),
  ],
);
