import { date, index, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../auth/auth.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { campaigns } from "./campaigns.table.ts";

/** money, staff_days, in_kind */
export type PledgeKind = string;

/**
 * What an organisation pledges: money in a currency, staff days, or something in kind.
 * Amounts are exact decimals, summed per currency; nothing is ever converted.
 */
export const campaignPledges = pgTable(
  "campaign_pledges",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text("kind").$type<PledgeKind>().notNull(),
    /** ISO 4217 for money; null for staff days and in kind. */
    currency: text("currency"),
    amount: numeric("amount", { precision: 20, scale: 4, mode: "string" }).notNull(),
    /** What has arrived so far. */
    received: numeric("received", { precision: 20, scale: 4, mode: "string" })
      .notNull()
      .default("0"),
    description: text("description"),
    budgetLineId: uuid("budget_line_id").references(() => campaignBudgetLines.id, {
      onDelete: "set null",
    }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("campaign_pledges_campaign_idx").on(t.campaignId)],
);

export const campaignBudgetLines = pgTable(
  "campaign_budget_lines",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    currency: text("currency").notNull(),
    amount: numeric("amount", { precision: 20, scale: 4, mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("campaign_budget_lines_campaign_idx").on(t.campaignId)],
);

/** A spending entry against a budget line, with its receipt; the fund monitor confirms it. */
export const campaignSpending = pgTable(
  "campaign_spending",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    budgetLineId: uuid("budget_line_id")
      .notNull()
      .references(() => campaignBudgetLines.id, { onDelete: "restrict" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    currency: text("currency").notNull(),
    amount: numeric("amount", { precision: 20, scale: 4, mode: "string" }).notNull(),
    spentOn: date("spent_on", { mode: "string" }).notNull(),
    description: text("description").notNull(),
    /** A receipt's reference or link; files come with the records store (issue 14). */
    receipt: text("receipt"),
    /** recorded, confirmed, queried */
    status: text("status").notNull(),
    confirmedBy: text("confirmed_by").references(() => users.id, { onDelete: "set null" }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    queryNote: text("query_note"),
    recordedBy: text("recorded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("campaign_spending_campaign_idx").on(t.campaignId, t.spentOn),
    index("campaign_spending_line_idx").on(t.budgetLineId),
  ],
);
