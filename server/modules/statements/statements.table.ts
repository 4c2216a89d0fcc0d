import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../shared/locales.ts";
import type { StatementStatus } from "../../../shared/statements/api.ts";
import type { StatementAnswer } from "../../../shared/statements/signatories.ts";
import { users } from "../auth/auth.table.ts";
import { campaigns } from "../campaigns/campaigns.table.ts";
import { coalitions } from "../coalitions/coalitions.table.ts";
import { discussionThreads } from "../discussions/discussions.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

/** A joint statement of a coalition; its text lives in versions that are never changed. */
export const statements = pgTable(
  "statements",
  {
    id: uuid("id").primaryKey(),
    coalitionId: uuid("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    campaignId: uuid("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    status: text("status").$type<StatementStatus>().notNull(),
    signOnClosesAt: timestamp("sign_on_closes_at", { withTimezone: true }),
    showPrivateCount: boolean("show_private_count").notNull(),
    currentVersionId: uuid("current_version_id").notNull(),
    publishedVersionId: uuid("published_version_id"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    threadId: uuid("thread_id").references(() => discussionThreads.id, { onDelete: "set null" }),
    /** The organisations the coalition decided speak for it publicly. */
    messengers: uuid("messengers")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** SHA-256 of the invitation link's secret: organisations outside sign on through it. */
    invitationHash: text("invitation_hash").unique(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("statements_coalition_idx").on(t.coalitionId, t.createdAt),
    index("statements_published_idx")
      .on(t.coalitionId, t.publishedAt)
      .where(sql`${t.status} = 'published'`),
  ],
);

export const statementVersions = pgTable(
  "statement_versions",
  {
    id: uuid("id").primaryKey(),
    statementId: uuid("statement_id")
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: jsonb("title").$type<LocalizedText>().notNull(),
    text: jsonb("text").$type<LocalizedText>().notNull(),
    /** SHA-256 of the canonical title and text: what a signature binds to. */
    hash: text("hash").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [unique("statement_versions_number_unique").on(t.statementId, t.number)],
);

/**
 * One organisation, one voice: its answer, bound to the version it answered. Nothing outside
 * the statements module reads this table; what leaves the coalition goes through
 * `publicSignatories`.
 */
export const statementAnswers = pgTable(
  "statement_answers",
  {
    statementId: uuid("statement_id")
      .notNull()
      .references(() => statements.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => statementVersions.id, { onDelete: "cascade" }),
    answer: text("answer").$type<StatementAnswer>().notNull(),
    declineReason: text("decline_reason"),
    /** Answered through the invitation link, from outside the coalition. */
    outside: boolean("outside").notNull(),
    answeredBy: text("answered_by").references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.statementId, t.organizationId] }),
    check("statement_answers_answer_check", sql`${t.answer} in ('public', 'private', 'decline')`),
  ],
);
