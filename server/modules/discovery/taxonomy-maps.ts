import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";

/** Issue key → its parent's key, and country code → its region key. */
export type TaxonomyMaps = {
  issueParent: Map<string, string>;
  countryRegion: Map<string, string>;
};

/** The two maps discovery matches terms through, read from the taxonomies once per service. */
export function taxonomyMapsOf(taxonomies: TaxonomiesService): () => Promise<TaxonomyMaps> {
  let loaded: Promise<TaxonomyMaps> | null = null;
  return () =>
    (loaded ??= taxonomies.all().then((all) => ({
      issueParent: new Map(
        (all.issue ?? []).filter((t) => t.parent).map((t) => [t.key, t.parent as string]),
      ),
      countryRegion: new Map(
        (all.country ?? []).filter((t) => t.region).map((t) => [t.key, t.region as string]),
      ),
    })));
}
