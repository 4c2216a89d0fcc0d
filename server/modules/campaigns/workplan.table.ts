import {
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../shared/locales.ts";
import { users } from "../auth/auth.table.ts";
import { actionItems } from "../meetings/meetings.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { campaigns } from "./campaigns.table.ts";

/** planned, in_progress, done, cancelled, blocked */
export type ActivityStatus = string;

/** An activity of the workplan: a tactic aimed at stakeholders for objectives, led by one organisation. */
export const campaignActivities = pgTable(
  "campaign_activities",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    title: jsonb("title").$type<LocalizedText>().notNull(),
    /** A code from the tactics catalogue (shared/campaigns). */
    tactic: text("tactic").notNull(),
    /** The part this activity plays in the coalition: documentation, analysis, litigation… */
    role: text("role").notNull(),
    leadOrganizationId: uuid("lead_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    supportingOrganizationIds: uuid("supporting_organization_ids").array().notNull().default([]),
    stakeholderIds: uuid("stakeholder_ids").array().notNull().default([]),
    objectiveIds: uuid("objective_ids").array().notNull().default([]),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: text("status").$type<ActivityStatus>().notNull(),
    notes: text("notes"),
    /** The action item it became, if it did. */
    actionItemId: uuid("action_item_id").references(() => actionItems.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("campaign_activities_campaign_idx").on(t.campaignId, t.startsOn),
    index("campaign_activities_lead_idx").on(t.leadOrganizationId),
  ],
);

/** The activity cannot start before the one it depends on is done. */
export const activityDependencies = pgTable(
  "activity_dependencies",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => campaignActivities.id, { onDelete: "cascade" }),
    dependsOnId: uuid("depends_on_id")
      .notNull()
      .references(() => campaignActivities.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.dependsOnId] })],
);
