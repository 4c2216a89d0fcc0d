import { asc } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { taxonomyTerms } from "./taxonomies.table.ts";

export function createTaxonomiesRepo(db: Db) {
  return {
    /** Every term of every vocabulary, in each vocabulary's display order. */
    async allTerms() {
      return db
        .select()
        .from(taxonomyTerms)
        .orderBy(asc(taxonomyTerms.vocabulary), asc(taxonomyTerms.sort), asc(taxonomyTerms.key));
    },
  };
}
export type TaxonomiesRepo = ReturnType<typeof createTaxonomiesRepo>;
