import { z } from "zod";

/** Vocabularies seeded by migration; every term has a stable key and labels per interface language. */
export const vocabularies = [
  "org_type",
  "level",
  "issue",
  "capacity",
  "language",
  "size_band",
  "posture",
  "region",
  "country",
  /** Not in the database: the groupings of ./humanitarian-regions.ts, served alike. */
  "humanitarian_region",
] as const;
export const Vocabulary = z.enum(vocabularies);
export type Vocabulary = z.infer<typeof Vocabulary>;

export const TaxonomyTerm = z.object({
  key: z.string(),
  parent: z.string().nullable(),
  labels: z.record(z.string(), z.string()),
  sort: z.number().int(),
  /** For countries: the UN M49 region key. */
  region: z.string().nullable(),
});
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;

export const Taxonomies = z.record(Vocabulary, z.array(TaxonomyTerm));
export type Taxonomies = z.infer<typeof Taxonomies>;

export const termKey = z.string().regex(/^[a-z0-9_.-]{1,64}$/, "must be a taxonomy key");
