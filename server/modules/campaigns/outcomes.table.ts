import { date, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../shared/locales.ts";
import { users } from "../auth/auth.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { campaigns } from "./campaigns.table.ts";

/** What changed, what the campaign contributed, and the evidence. */
export const campaignOutcomes = pgTable(
  "campaign_outcomes",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    observedOn: date("observed_on", { mode: "string" }).notNull(),
    change: jsonb("change").$type<LocalizedText>().notNull(),
    contribution: jsonb("contribution").$type<LocalizedText>().notNull(),
    evidence: text("evidence"),
    /** significant, some, none: how much the campaign contributed */
    significance: text("significance").notNull(),
    recordedFor: uuid("recorded_for").references(() => organizations.id, { onDelete: "set null" }),
    recordedBy: text("recorded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("campaign_outcomes_campaign_idx").on(t.campaignId, t.observedOn)],
);

/**
 * The after-action review, written at close: lessons tagged by tactic and issue, kept so that
 * later coalitions can find them.
 */
export const campaignReviews = pgTable(
  "campaign_reviews",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .unique()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    worked: jsonb("worked").$type<LocalizedText>().notNull(),
    didNotWork: jsonb("did_not_work").$type<LocalizedText>().notNull(),
    lessons: jsonb("lessons").$type<LocalizedText>().notNull(),
    tactics: text("tactics").array().notNull().default([]),
    issues: text("issues").array().notNull().default([]),
    /** Whether later coalitions outside this one may read the lessons. */
    shared: text("shared").notNull().default("coalition"),
    writtenBy: text("written_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("campaign_reviews_tactics_idx").using("gin", t.tactics)],
);
