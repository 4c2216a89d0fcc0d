import { integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/** Every controlled vocabulary (types, issues, capacities, countries, …) lives here as data. */
export const taxonomyTerms = pgTable(
  "taxonomy_terms",
  {
    vocabulary: text("vocabulary").notNull(),
    key: text("key").notNull(),
    parentKey: text("parent_key"),
    labels: jsonb("labels").$type<Record<string, string>>().notNull(),
    sort: integer("sort").notNull().default(0),
    /** For countries, the UN M49 region key. */
    regionKey: text("region_key"),
  },
  (t) => [primaryKey({ columns: [t.vocabulary, t.key] })],
);
