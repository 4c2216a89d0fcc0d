import { z } from "zod";
import { pageQuery } from "./problem.ts";
import { facetNames } from "./facets.ts";
import { termKey } from "./taxonomies.ts";
import { humanitarianRegionKeys } from "./humanitarian-regions.ts";

export { facetNames };
export const FacetName = z.enum(facetNames);
export type FacetName = z.infer<typeof FacetName>;

/** Accepts `?issue=a&issue=b` and `?issue=a,b` alike. */
const keyList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(termKey).max(50))
  .optional();

export const DirectoryQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    type: keyList,
    level: keyList,
    region: keyList,
    /** Humanitarian groupings (./humanitarian-regions.ts): any of their countries. */
    humanitarianRegion: z
      .union([z.string(), z.array(z.string())])
      .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
      .pipe(z.array(z.enum(humanitarianRegionKeys)).max(20))
      .optional(),
    country: z
      .union([z.string(), z.array(z.string())])
      .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[A-Z]{2}$/)).max(50))
      .optional(),
    issue: keyList,
    capacity: keyList,
    language: keyList,
    verified: z.enum(["true", "false"]).optional(),
    sort: z.enum(["relevance", "name"]).default("relevance"),
    ...pageQuery,
  })
  .strict();
export type DirectoryQuery = z.output<typeof DirectoryQuery>;

export const DirectoryEntry = z.object({
  id: z.uuid(),
  name: z.string(),
  acronym: z.string().nullable(),
  logoUrl: z.string().nullable(),
  types: z.array(z.string()),
  level: z.string(),
  headquartersCountry: z.string().nullable(),
  verified: z.boolean(),
  mission: z.object({ original: z.string(), texts: z.record(z.string(), z.string()) }).nullable(),
  countries: z.array(z.string()),
  issues: z.array(z.string()),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

export const FacetCount = z.object({ key: z.string(), count: z.number().int() });
export const DirectoryResult = z.object({
  items: z.array(DirectoryEntry),
  total: z.number().int(),
  facets: z.record(FacetName, z.array(FacetCount)),
  nextCursor: z.string().nullable(),
});
export type DirectoryResult = z.infer<typeof DirectoryResult>;
