import {
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../shared/locales.ts";
import { users } from "../auth/auth.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { campaigns } from "./campaigns.table.ts";

/** A SMART objective: a statement with an indicator measured from a baseline to a target by a deadline. */
export const campaignObjectives = pgTable(
  "campaign_objectives",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    statement: jsonb("statement").$type<LocalizedText>().notNull(),
    indicator: jsonb("indicator").$type<LocalizedText>().notNull(),
    unit: text("unit").notNull(),
    baseline: doublePrecision("baseline").notNull(),
    target: doublePrecision("target").notNull(),
    /** The day the baseline was measured; the on-track line runs from here to the deadline. */
    baselineOn: date("baseline_on", { mode: "string" }).notNull(),
    deadline: date("deadline", { mode: "string" }).notNull(),
    ownerOrganizationId: uuid("owner_organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("campaign_objectives_campaign_idx").on(t.campaignId, t.deadline)],
);

export const objectiveProgress = pgTable(
  "objective_progress",
  {
    id: uuid("id").primaryKey(),
    objectiveId: uuid("objective_id")
      .notNull()
      .references(() => campaignObjectives.id, { onDelete: "cascade" }),
    value: doublePrecision("value").notNull(),
    measuredOn: date("measured_on", { mode: "string" }).notNull(),
    evidence: text("evidence"),
    evidenceUrl: text("evidence_url"),
    reportedBy: text("reported_by").references(() => users.id, { onDelete: "set null" }),
    reportedFor: uuid("reported_for").references(() => organizations.id, { onDelete: "set null" }),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("objective_progress_objective_idx").on(t.objectiveId, t.measuredOn, t.reportedAt)],
);
