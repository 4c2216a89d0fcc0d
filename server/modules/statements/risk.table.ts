import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { RiskSubjectKind } from "../../../shared/risk/api.ts";
import type { RiskCategory } from "../../../shared/risk/heatmap.ts";
import { users } from "../auth/auth.table.ts";
import { coalitions } from "../coalitions/coalitions.table.ts";
import { actionItems } from "../meetings/meetings.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { proposals } from "../proposals/proposals.table.ts";

/** A joint risk assessment of one public action of a coalition. */
export const riskAssessments = pgTable(
  "risk_assessments",
  {
    id: uuid("id").primaryKey(),
    coalitionId: uuid("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    subjectKind: text("subject_kind").$type<RiskSubjectKind>().notNull(),
    /** The statement or campaign activity; null for a publication. */
    subjectId: uuid("subject_id"),
    title: text("title").notNull(),
    /** The lead organisation of the campaign the action belongs to, which runs it too. */
    leadOrganizationId: uuid("lead_organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    country: text("country"),
    audienceLanguages: text("audience_languages").array().notNull().default([]),
    capacities: text("capacities").array().notNull().default([]),
    /** The adopted proposal that let the action go ahead. */
    decidedByProposalId: uuid("decided_by_proposal_id").references(() => proposals.id, {
      onDelete: "set null",
    }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("risk_assessments_coalition_idx").on(t.coalitionId, t.createdAt),
    index("risk_assessments_subject_idx").on(t.subjectKind, t.subjectId),
  ],
);

/** An organisation's own answer. Only the risk module reads it, and never names it to others. */
export const riskResponses = pgTable(
  "risk_responses",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => riskAssessments.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    shareByName: boolean("share_by_name").notNull(),
    /** What it needs to go ahead; shown to the coalition without its name. */
    mitigations: text("mitigations").array().notNull().default([]),
    answeredBy: text("answered_by").references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.organizationId] })],
);

export const riskRatings = pgTable(
  "risk_ratings",
  {
    assessmentId: uuid("assessment_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    category: text("category").$type<RiskCategory>().notNull(),
    likelihood: integer("likelihood").notNull(),
    impact: integer("impact").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.organizationId, t.category] }),
    foreignKey({
      columns: [t.assessmentId, t.organizationId],
      foreignColumns: [riskResponses.assessmentId, riskResponses.organizationId],
    }).onDelete("cascade"),
    check("risk_ratings_likelihood_check", sql`${t.likelihood} between 1 and 5`),
    check("risk_ratings_impact_check", sql`${t.impact} between 1 and 5`),
  ],
);

/** The coalition's register of mitigations, with owners and due dates. */
export const riskMitigations = pgTable(
  "risk_mitigations",
  {
    id: uuid("id").primaryKey(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => riskAssessments.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    ownerOrganizationId: uuid("owner_organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    dueOn: date("due_on", { mode: "string" }),
    status: text("status").$type<"open" | "done">().notNull(),
    actionItemId: uuid("action_item_id").references(() => actionItems.id, {
      onDelete: "set null",
    }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("risk_mitigations_assessment_idx").on(t.assessmentId, t.createdAt)],
);

/**
 * A proposal opened to decide a public action that was assessed: it shows the assessment's
 * summary before anyone takes a stance and, once adopted, lets the action go ahead and records
 * who fronts it.
 */
export const riskDecisions = pgTable("risk_decisions", {
  proposalId: uuid("proposal_id")
    .primaryKey()
    .references(() => proposals.id, { onDelete: "cascade" }),
  assessmentId: uuid("assessment_id")
    .notNull()
    .references(() => riskAssessments.id, { onDelete: "cascade" }),
  /** The organisations proposed to speak publicly for the action. */
  messengers: uuid("messengers")
    .array()
    .notNull()
    .default(sql`'{}'::uuid[]`),
});
