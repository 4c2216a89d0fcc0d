import {
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "../auth/auth.table.ts";
import { campaigns } from "./campaigns.table.ts";

/** institution, official, company, media, community, organisation, other */
export type StakeholderType = string;
/** The spectrum of allies, from -2 (active opposition) to +2 (active ally). */
export type AllyPosition = -2 | -1 | 0 | 1 | 2;

/** A target or influencer: where it stands, how much it weighs, and who can reach it. */
export const campaignStakeholders = pgTable(
  "campaign_stakeholders",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    type: text("type").$type<StakeholderType>().notNull(),
    /** target or influencer */
    role: text("role").notNull(),
    position: integer("position").$type<AllyPosition>().notNull(),
    influence: integer("influence").notNull(),
    /** 1–5, how much it cares about the issue */
    interest: integer("interest").notNull(),
    /** Member organisations that have access to it. */
    accessOrganizationIds: uuid("access_organization_ids").array().notNull().default([]),
    tags: text("tags").array().notNull().default([]),
    notes: text("notes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  // One name per campaign: the service says so first (409), the index holds under a race.
  (t) => [uniqueIndex("campaign_stakeholders_campaign_name_key").on(t.campaignId, t.name)],
);

/** Every move along the spectrum, dated: the power map replays these. The first is where it started. */
export const stakeholderMoves = pgTable(
  "stakeholder_moves",
  {
    id: uuid("id").primaryKey(),
    stakeholderId: uuid("stakeholder_id")
      .notNull()
      .references(() => campaignStakeholders.id, { onDelete: "cascade" }),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    fromPosition: integer("from_position").$type<AllyPosition>(),
    toPosition: integer("to_position").$type<AllyPosition>().notNull(),
    influence: integer("influence").notNull(),
    movedOn: date("moved_on", { mode: "string" }).notNull(),
    note: text("note"),
    recordedBy: text("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("stakeholder_moves_stakeholder_idx").on(t.stakeholderId, t.movedOn),
    index("stakeholder_moves_campaign_idx").on(t.campaignId, t.movedOn),
  ],
);

/** A link between two stakeholders (Kumu's connections): who influences whom. */
export const stakeholderLinks = pgTable(
  "stakeholder_links",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    fromId: uuid("from_id")
      .notNull()
      .references(() => campaignStakeholders.id, { onDelete: "cascade" }),
    toId: uuid("to_id")
      .notNull()
      .references(() => campaignStakeholders.id, { onDelete: "cascade" }),
    type: text("type").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("stakeholder_links_campaign_idx").on(t.campaignId)],
);
