import { type Need, type TextList, textLists } from "../discovery.ts";
import type { TermMatcher } from "../search/index.ts";

/** The most terms of each list a need may hold (the bounds of `Need` in ../discovery.ts). */
const limits = { issues: 20, capacities: 15, countries: 10, regions: 5 } as const;

const vocabularyOf: Record<TextList, string> = {
  issues: "issue",
  capacities: "capacity",
  countries: "country",
  regions: "region",
};

/**
 * A need from a few sentences in any of the four languages: the issues, capacities, countries
 * and regions the text names (through the taxonomy labels of every language, folded like search)
 * replace the drafted ones where it names any; the rest of the draft stays. Types are left alone:
 * they are hard filters, and a text naming "legal aid" more often wants the capacity than the type.
 * Answers the lists a text names terms for, each with those terms (at most the list's bound).
 */
export function listsNamedIn(text: string, terms: TermMatcher): Partial<Pick<Need, TextList>> {
  const named = terms.namedIn(text);
  const lists: Partial<Pick<Need, TextList>> = {};
  for (const list of textLists) {
    const keys = [
      ...new Set(named.filter((t) => t.vocabulary === vocabularyOf[list]).map((t) => t.key)),
    ].sort();
    if (keys.length) lists[list] = keys.slice(0, limits[list]);
  }
  return lists;
}
