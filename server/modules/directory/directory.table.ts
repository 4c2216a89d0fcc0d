import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  uuid,
} from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const textArray = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'`);

/** The search vector of an entry as seen by searchers who may read these visibilities. */
const searchVector = (visibilities: string) =>
  sql.raw(
    `cg_directory_search_vector(name_vector, mission_vector, types, issues, capacities, countries, regions, mission_visibility in (${visibilities}), work_visibility in (${visibilities}))`,
  );

/**
 * The directory's own narrow copy of what search reads from each organisation, kept in step
 * by a trigger on `organizations` (migration 0004) inside the writing transaction, so no
 * acknowledged write is ever missing from it. Scanning these short rows is several times
 * cheaper than scanning the wide profiles, and `version` lets each app process keep its
 * in-memory facet index fresh by reading only what changed.
 */
export const directoryEntries = pgTable(
  "directory_entries",
  {
    organizationId: uuid("organization_id").primaryKey(),
    /** A small dense number for the in-memory facet index. */
    seq: integer("seq").generatedAlwaysAsIdentity().notNull().unique(),
    /** Taken from `directory_state` under its row lock: commit order is version order. */
    version: bigint("version", { mode: "number" }).notNull(),
    /** Hidden from the directory, or deleted. */
    removed: boolean("removed").notNull(),
    nameKey: text("name_key").notNull(),
    nameSearch: text("name_search").notNull(),
    nameVector: tsvector("name_vector").notNull(),
    missionVector: tsvector("mission_vector").notNull(),
    missionVisibility: text("mission_visibility").notNull(),
    workVisibility: text("work_visibility").notNull(),
    verified: boolean("verified").notNull(),
    types: textArray("types"),
    level: text("level").notNull(),
    regions: textArray("regions"),
    countries: textArray("countries"),
    issues: textArray("issues"),
    capacities: textArray("capacities"),
    languages: textArray("languages"),
    /** For partner discovery: postures under their own visibility, and the opt-out. */
    postures: textArray("postures"),
    postureVisibility: text("posture_visibility").notNull().default("members"),
    discoverable: boolean("discoverable").notNull().default(true),
    /**
     * What text search matches, one vector per kind of searcher so that one index scan answers
     * and hidden groups never match: the name (weight A), type terms (B), the mission (C) and the
     * work terms (D, issues, capacities, countries, regions) where that searcher may read them.
     * Terms enter as tokens (`~issue:key`, shared/search/term-matcher.ts), which queries reach
     * through the taxonomy labels in every language (migration 0019).
     */
    searchPublic: tsvector("search_public").notNull().generatedAlwaysAs(searchVector("'public'")),
    searchSignedIn: tsvector("search_signed_in")
      .notNull()
      .generatedAlwaysAs(searchVector("'public', 'signed_in'")),
  },
  (t) => [
    index("directory_entries_version_idx").on(t.version),
    index("directory_entries_name_idx")
      .on(t.nameKey, t.organizationId)
      .where(sql`not ${t.removed}`),
    index("directory_entries_search_public_idx").using("gin", t.searchPublic),
    index("directory_entries_search_signed_in_idx").using("gin", t.searchSignedIn),
    index("directory_entries_name_trgm_idx").using("gin", sql`${t.nameSearch} gin_trgm_ops`),
  ],
);

/** One row: the directory's current version, bumped by every change to an entry. */
export const directoryState = pgTable(
  "directory_state",
  {
    id: integer("id").primaryKey(),
    version: bigint("version", { mode: "number" }).notNull(),
  },
  (t) => [check("directory_state_single_row", sql`${t.id} = 1`)],
);
