import type { Charter } from "../../../shared/coalitions.ts";
import { isHumanitarianRegion } from "../../../shared/humanitarian-regions.ts";
import { Invalid } from "../../lib/errors.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";

/**
 * Refuses a charter whose scope terms are not in the vocabularies, naming the field under
 * `at` (e.g. "body.charter"). Regions may be UN M49 regions or humanitarian groupings.
 */
export function charterTermsChecker(taxonomies: Pick<TaxonomiesService, "unknownKeys">) {
  return async function checkCharterTerms(charter: Charter | undefined, at: string) {
    const terms = charter?.scopeTerms;
    if (!terms) return;
    const checks = [
      ["issues", "issue", terms.issues ?? []],
      ["countries", "country", terms.countries ?? []],
      ["regions", "region", (terms.regions ?? []).filter((r) => !isHumanitarianRegion(r))],
    ] as const;
    const problems: { field: string; message: string }[] = [];
    for (const [field, vocabulary, values] of checks) {
      if (!values.length) continue;
      const unknown = await taxonomies.unknownKeys(vocabulary, values);
      if (unknown.length) {
        problems.push({
          field: `${at}.scopeTerms.${field}`,
          message: `unknown: ${unknown.join(", ")}`,
        });
      }
    }
    if (problems.length)
      throw new Invalid("Some terms of the charter's scope are not known.", problems);
  };
}
export type CheckCharterTerms = ReturnType<typeof charterTermsChecker>;
