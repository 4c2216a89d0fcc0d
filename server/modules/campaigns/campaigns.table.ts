import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../shared/locales.ts";
import { users } from "../auth/auth.table.ts";
import { coalitions } from "../coalitions/coalitions.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { proposals } from "../proposals/proposals.table.ts";

export type CampaignStatus = "planning" | "active" | "paused" | "closed";
/** The parts of a campaign its public summary page may show, chosen by those running it. */
export type PublishedParts = {
  goal: boolean;
  problem: boolean;
  objectives: boolean;
  outcomes: boolean;
  /** Names the lead organisation and the member organisations that chose to be named. */
  organizations: boolean;
};

/**
 * A joint campaign. It belongs to a coalition, or to one organisation until that organisation
 * brings it into a coalition (exactly one of the two is set); `leadOrganizationId` runs it day to day in either case.
 */
export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey(),
    coalitionId: uuid("coalition_id").references(() => coalitions.id, { onDelete: "cascade" }),
    ownerOrganizationId: uuid("owner_organization_id").references(() => organizations.id, {
      onDelete: "cascade",
    }),
    leadOrganizationId: uuid("lead_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** The adopted proposal it was started from. */
    proposalId: uuid("proposal_id").references(() => proposals.id, { onDelete: "set null" }),
    title: jsonb("title").$type<LocalizedText>().notNull(),
    problem: jsonb("problem").$type<LocalizedText>(),
    theoryOfChange: jsonb("theory_of_change").$type<LocalizedText>(),
    goal: jsonb("goal").$type<LocalizedText>(),
    startsOn: date("starts_on", { mode: "string" }),
    endsOn: date("ends_on", { mode: "string" }),
    status: text("status").$type<CampaignStatus>().notNull(),
    /** Issue terms (taxonomy codes) the campaign works on: how later coalitions find its lessons. */
    issues: text("issues").array().notNull().default([]),
    fundMonitorOrganizationId: uuid("fund_monitor_organization_id").references(
      () => organizations.id,
      { onDelete: "set null" },
    ),
    fundMonitorUserId: text("fund_monitor_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    /** Null while the public summary page is off. */
    publishedParts: jsonb("published_parts").$type<PublishedParts>(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("campaigns_coalition_idx").on(t.coalitionId, t.createdAt),
    index("campaigns_owner_idx").on(t.ownerOrganizationId, t.createdAt),
    check(
      "campaigns_owner_check",
      sql`(${t.coalitionId} is null) <> (${t.ownerOrganizationId} is null)`,
    ),
  ],
);

/**
 * Every change to a campaign and what hangs off it: who, for which organisation, when, what
 * (the entity, its id, and each changed field from → to). Written in the transaction of the
 * change; never updated.
 */
export const campaignHistory = pgTable(
  "campaign_history",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    /** campaign, objective, progress, stakeholder, move, activity, message, story, pledge, budget_line, spending, outcome, review */
    entity: text("entity").notNull(),
    entityId: uuid("entity_id").notNull(),
    /** created, updated, deleted, or a step such as confirmed or withdrawn */
    action: text("action").notNull(),
    changes: jsonb("changes")
      .$type<Record<string, { from: unknown; to: unknown }>>()
      .notNull()
      .default({}),
    changedBy: text("changed_by").references(() => users.id, { onDelete: "set null" }),
    changedFor: uuid("changed_for").references(() => organizations.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("campaign_history_campaign_idx").on(t.campaignId, t.changedAt, t.id)],
);
