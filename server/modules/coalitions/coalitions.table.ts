import {
  boolean,
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
  Charter,
  CoalitionRole,
  CoalitionVisibility,
  MembershipStatus,
} from "../../../shared/coalitions.ts";
import { users } from "../auth/auth.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

export const coalitions = pgTable("coalitions", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull(),
  visibility: text("visibility").$type<CoalitionVisibility>().notNull(),
  memberListVisibility: text("member_list_visibility").$type<"public" | "members">().notNull(),
  /** The version of coalition_charters in force. */
  charterVersion: integer("charter_version").notNull(),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Every version of every charter, never updated: the history of what was agreed. */
export const coalitionCharters = pgTable(
  "coalition_charters",
  {
    coalitionId: uuid("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    charter: jsonb("charter").$type<Charter>().notNull(),
    /** The proposal that adopted this version; null for the founding charter. */
    proposalId: uuid("proposal_id"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.coalitionId, t.version] })],
);

/** One row per organisation that was ever invited to, applied to or joined a coalition. */
export const coalitionMembers = pgTable(
  "coalition_members",
  {
    coalitionId: uuid("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: text("role").$type<CoalitionRole>().notNull(),
    status: text("status").$type<MembershipStatus>().notNull(),
    /** False: the organisation is not named to anyone outside the coalition. */
    namedPublicly: boolean("named_publicly").notNull().default(true),
    /** Answers to the charter's application questions, by question key. */
    answers: jsonb("answers").$type<Record<string, string>>(),
    actedBy: text("acted_by").references(() => users.id, { onDelete: "set null" }),
    statusSince: timestamp("status_since", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.coalitionId, t.organizationId] }),
    index("coalition_members_organization_idx").on(t.organizationId),
  ],
);

/** Users who may act for their organisation in a coalition; other members only read. */
export const coalitionRepresentatives = pgTable(
  "coalition_representatives",
  {
    coalitionId: uuid("coalition_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.coalitionId, t.organizationId, t.userId] }),
    index("coalition_representatives_user_idx").on(t.userId),
    foreignKey({
      name: "coalition_representatives_member_fk",
      columns: [t.coalitionId, t.organizationId],
      foreignColumns: [coalitionMembers.coalitionId, coalitionMembers.organizationId],
    }).onDelete("cascade"),
  ],
);
