import type { Db } from "../../db/client.ts";
import type { Taxonomies, Vocabulary } from "../../../shared/taxonomies.ts";
import { vocabularies } from "../../../shared/taxonomies.ts";
import { humanitarianRegionTerms } from "../../../shared/humanitarian-regions.ts";
import { createTaxonomiesRepo } from "./taxonomies.repo.ts";

/**
 * Vocabularies change only by migration, so each process reads them once and keeps them.
 */
export function createTaxonomiesService(deps: { db: Db }) {
  const repo = createTaxonomiesRepo(deps.db);
  let loaded: Promise<{
    all: Taxonomies;
    keys: Map<Vocabulary, Set<string>>;
    regionOf: Map<string, string>;
  }> | null = null;

  async function load() {
    const rows = await repo.allTerms();
    const all = Object.fromEntries(vocabularies.map((v) => [v, []])) as unknown as Taxonomies;
    const keys = new Map<Vocabulary, Set<string>>(vocabularies.map((v) => [v, new Set<string>()]));
    const regionOf = new Map<string, string>();
    for (const row of rows) {
      const vocabulary = row.vocabulary as Vocabulary;
      const list = all[vocabulary];
      if (!list) continue;
      list.push({
        key: row.key,
        parent: row.parentKey,
        labels: row.labels,
        sort: row.sort,
        region: row.regionKey,
      });
      keys.get(vocabulary)?.add(row.key);
      if (vocabulary === "country" && row.regionKey) regionOf.set(row.key, row.regionKey);
    }
    // Humanitarian groupings are code, not rows: no migration, the same on server and web.
    all.humanitarian_region = humanitarianRegionTerms;
    keys.set("humanitarian_region", new Set(humanitarianRegionTerms.map((t) => t.key)));
    return { all, keys, regionOf };
  }

  const get = () => (loaded ??= load());

  return {
    async all(): Promise<Taxonomies> {
      return (await get()).all;
    },
    /** The keys of `values` that the vocabulary does not know. */
    async unknownKeys(vocabulary: Vocabulary, values: readonly string[]): Promise<string[]> {
      const known = (await get()).keys.get(vocabulary) ?? new Set();
      return values.filter((v) => !known.has(v));
    },
    async regionsOf(countries: readonly string[]): Promise<string[]> {
      const { regionOf } = await get();
      return [
        ...new Set(countries.map((c) => regionOf.get(c)).filter((r): r is string => !!r)),
      ].sort();
    },
  };
}
export type TaxonomiesService = ReturnType<typeof createTaxonomiesService>;
