import type { Need } from "../discovery.ts";
import type { TermMatcher } from "../search/index.ts";

/** The most terms of each list a need may hold (the bounds of `Need` in ../discovery.ts). */
const limits = { issues: 20, capacities: 15, countries: 10, regions: 5 } as const;

/**
 * A need from a few sentences in any of the four languages: the issues, capacities, countries
 * and regions the text names (through the taxonomy labels of every language, folded like search)
 * replace the drafted ones where it names any; the rest of the draft stays. Types are left alone:
 * they are hard filters, and a text naming "legal aid" more often wants the capacity than the type.
 */
export function needFromText(draft: Need, text: string, terms: TermMatcher): Need {
  const named = terms.namedIn(text);
  const keysOf = (vocabulary: string) =>
    [...new Set(named.filter((t) => t.vocabulary === vocabulary).map((t) => t.key))].sort();
  const pick = (list: keyof typeof limits, vocabulary: string) => {
    const keys = keysOf(vocabulary);
    return keys.length ? keys.slice(0, limits[list]) : draft[list];
  };
  return {
    ...draft,
    issues: pick("issues", "issue"),
    capacities: pick("capacities", "capacity"),
    countries: pick("countries", "country"),
    regions: pick("regions", "region"),
  };
}
