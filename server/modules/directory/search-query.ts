import { type SQL, sql } from "drizzle-orm";
import {
  type TermMatcher,
  type TermRef,
  meaningfulWords,
  searchWords,
  termToken,
  transpositionsOf,
} from "../../../shared/search/index.ts";

/** At most this many words of a query count; the rest are ignored. */
const maxWords = 12;
/** Swapped letters are tried only in words this long: shorter ones swap into too many words. */
const shortestSwappedWord = 4;

/** Taxonomy tokens as a tsquery literal: the keys are taxonomy keys, quoted all the same. */
export function tokensQuery(terms: TermRef[]): SQL | null {
  if (!terms.length) return null;
  const literal = terms
    .map((t) => `'${termToken(t.vocabulary, t.key).replace(/['\\]/g, (c) => c + c)}'`)
    .join(" | ");
  return sql`${literal}::tsquery`;
}

const either = (parts: (SQL | null)[]) =>
  sql.join(
    parts.filter((p): p is SQL => p !== null),
    sql` || `,
  );

/**
 * The tsqueries of a directory search. Every meaningful word must match (AND), less words so
 * common in the taxonomy labels that they select nothing ("rights" beside "women"); a word matches
 * the start of an indexed word as written or as any interface language stems it, or a taxonomy
 * term whose label in any language holds it. `typo` adds, per word, the words one adjacent swap
 * away (Damerau's transposition), checked against the index itself, which is the vocabulary of
 * indexed words; it runs only when the exact query finds little.
 */
export function directoryTextQuery(
  text: string,
  matcher: TermMatcher,
): { exact: SQL; typo: SQL } | null {
  const words = matcher.selectiveWords(meaningfulWords(searchWords(text))).slice(0, maxWords);
  if (!words.length) return null;
  const exact: SQL[] = [];
  const typo: SQL[] = [];
  for (const word of words) {
    const asTyped = either([
      sql`cg_search_word(cg_unaccent(${`${word}:*`}))`,
      tokensQuery(matcher.termsFor(word)),
    ]);
    exact.push(sql`(${asTyped})`);
    const swaps = [...word].length >= shortestSwappedWord ? transpositionsOf(word) : [];
    typo.push(
      sql`(${either([
        asTyped,
        ...swaps.map((swapped) => sql`cg_search_word(cg_unaccent(${swapped}))`),
        tokensQuery(swaps.length ? matcher.termsForTransposed(word) : []),
      ])})`,
    );
  }
  // Parenthesised whole: `@@` binds tighter than the tsquery operators.
  return { exact: sql`(${sql.join(exact, sql` && `)})`, typo: sql`(${sql.join(typo, sql` && `)})` };
}
