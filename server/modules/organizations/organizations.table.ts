import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../shared/locales.ts";
import type { FieldVisibility } from "../../../shared/organizations.ts";
import { users } from "../auth/auth.table.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey(),
    name: text("name").notNull(),
    acronym: text("acronym"),
    mission: jsonb("mission").$type<LocalizedText>(),
    description: jsonb("description").$type<LocalizedText>(),
    website: text("website"),
    logoFile: text("logo_file"),
    types: text("types")
      .array()
      .notNull()
      .default(sql`'{}'`),
    level: text("level").notNull(),
    headquartersCountry: text("headquarters_country"),
    countries: text("countries")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Derived from headquarters and countries of operation on every write. */
    regions: text("regions")
      .array()
      .notNull()
      .default(sql`'{}'`),
    issues: text("issues")
      .array()
      .notNull()
      .default(sql`'{}'`),
    capacities: text("capacities")
      .array()
      .notNull()
      .default(sql`'{}'`),
    workingLanguages: text("working_languages")
      .array()
      .notNull()
      .default(sql`'{}'`),
    sizeBand: text("size_band"),
    postures: text("postures")
      .array()
      .notNull()
      .default(sql`'{}'`),
    contacts: jsonb("contacts")
      .$type<{ name: string; role?: string; email?: string; phone?: string }[]>()
      .notNull()
      .default([]),
    visibility: jsonb("visibility").$type<FieldVisibility>().notNull(),
    hiddenFromDirectory: boolean("hidden_from_directory").notNull().default(false),
    /** Whether partner discovery may suggest it (an organisation can opt out). */
    discoverable: boolean("discoverable").notNull().default(true),
    /** Copies of two visibility settings as plain columns, so search can filter on them cheaply. */
    missionVisibility: text("mission_visibility").generatedAlwaysAs(sql`visibility ->> 'mission'`),
    workVisibility: text("work_visibility").generatedAlwaysAs(sql`visibility ->> 'work'`),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedBy: text("verified_by").references(() => users.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    /** Name and acronym, unaccented, for full-text and fuzzy search (copied to directory_entries). */
    nameSearch: text("name_search").notNull(),
    nameVector: tsvector("name_vector").notNull(),
    missionVector: tsvector("mission_vector").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Search indexes live on directory_entries, the directory's narrow copy.
    index("organizations_name_sort_idx").on(sql`cg_unaccent(lower(${t.name}))`, t.id),
  ],
);

export const organizationMembers = pgTable(
  "organization_members",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<"owner" | "admin" | "member">().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId] }),
    index("organization_members_user_idx").on(t.userId),
  ],
);

export const organizationInvitations = pgTable(
  "organization_invitations",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").$type<"owner" | "admin" | "member">().notNull(),
    /** Only a hash is stored: a leaked database does not hand out invitations. */
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organization_invitations_org_idx").on(t.organizationId)],
);
