import type { DirectoryResult, FacetName } from "../../../../shared/directory.ts";
import type { Vocabulary } from "../../../../shared/taxonomies.ts";
import type { DirectorySearch } from "./directory-search.ts";

/** The vocabulary that names each facet's values; "verified" is a yes/no facet instead. */
export const facetVocabulary = {
  type: "org_type",
  level: "level",
  humanitarianRegion: "humanitarian_region",
  region: "region",
  country: "country",
  issue: "issue",
  capacity: "capacity",
  language: "language",
} as const satisfies Record<Exclude<FacetName, "verified">, Vocabulary>;

export type ListFacet = keyof typeof facetVocabulary;
export const listFacets = Object.keys(facetVocabulary) as ListFacet[];

export type FacetCounts = DirectoryResult["facets"];
export type FacetCount = FacetCounts[FacetName][number];

export function isFacetActive(search: DirectorySearch, facet: FacetName): boolean {
  return facet === "verified" ? search.verified !== undefined : Boolean(search[facet]?.length);
}

export function activeFilterCount(search: DirectorySearch): number {
  return listFacets.reduce((n, f) => n + (search[f]?.length ?? 0), search.verified ? 1 : 0);
}

/** A patch that removes every facet filter but keeps the words and the sort order. */
export const noFilters: Partial<DirectorySearch> = {
  ...Object.fromEntries(listFacets.map((f) => [f, undefined])),
  verified: undefined,
};
