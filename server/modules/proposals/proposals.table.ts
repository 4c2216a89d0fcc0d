import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { Charter } from "../../../shared/coalitions.ts";
import type { Ballot, DecisionResult, ProposalRules } from "../../../shared/decisions/index.ts";
import type { LocalizedText } from "../../../shared/locales.ts";
import type { ProposalSubject } from "../../../shared/proposals.ts";
import { users } from "../auth/auth.table.ts";
import { coalitions } from "../coalitions/coalitions.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

/** A question put to the member organisations; its rules are frozen when it opens. */
export const proposals = pgTable(
  "proposals",
  {
    id: uuid("id").primaryKey(),
    coalitionId: uuid("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    subject: text("subject").$type<ProposalSubject>().notNull(),
    title: text("title").notNull(),
    body: jsonb("body").$type<LocalizedText>(),
    rules: jsonb("rules").$type<ProposalRules>().notNull(),
    proposedCharter: jsonb("proposed_charter").$type<Charter>(),
    /** The organisation an admission or removal decides about. */
    targetOrganizationId: uuid("target_organization_id").references(() => organizations.id, {
      onDelete: "cascade",
    }),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    hiddenResults: boolean("hidden_results").notNull(),
    anonymous: boolean("anonymous").notNull(),
    status: text("status").$type<"open" | "closed">().notNull(),
    /** The count at closing, as shared/decisions computed it. */
    result: jsonb("result").$type<DecisionResult>(),
    openedFor: uuid("opened_for")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    openedBy: text("opened_by").references(() => users.id, { onDelete: "set null" }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: text("closed_by").references(() => users.id, { onDelete: "set null" }),
    outcomeStatement: jsonb("outcome_statement").$type<LocalizedText>(),
    reviewDate: text("review_date"),
    outcomeRecordedAt: timestamp("outcome_recorded_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("proposals_coalition_idx").on(t.coalitionId, t.createdAt),
    index("proposals_due_idx")
      .on(t.closesAt)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** The current stance of each organisation: one organisation, one voice. */
export const proposalStances = pgTable(
  "proposal_stances",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    ballot: jsonb("ballot").$type<Ballot>().notNull(),
    castBy: text("cast_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.organizationId] })],
);

/** Every stance ever cast, kept when a stance changes. */
export const proposalStanceHistory = pgTable(
  "proposal_stance_history",
  {
    id: uuid("id").primaryKey(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").notNull(),
    ballot: jsonb("ballot").$type<Ballot>().notNull(),
    castBy: text("cast_by").references(() => users.id, { onDelete: "set null" }),
    castAt: timestamp("cast_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("proposal_stance_history_idx").on(t.proposalId, t.organizationId, t.castAt)],
);
