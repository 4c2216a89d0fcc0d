import { searchWords } from "./fold.ts";

/**
 * Words that carry no subject in the four interface languages. A query drops them (unless it is
 * made only of them): "droits des femmes" must not require "des" in a profile written in English.
 */
const words = `
a an and are as at be by for from in into is it its of on or our the their to we with
au aux avec ce ces dans de des du elle en et il ils la le les leur leurs nous ou par pour sa se ses son sur un une
al con de del el en es la las lo los nuestra nuestro para por que se su sus un una y
في من على الى إلى عن مع او أو ان أن التي الذي هذا هذه ذلك
`;

export const stopWords: ReadonlySet<string> = new Set(searchWords(words));

/** The words of a query that carry meaning, or all of them when every one is a stop word. */
export function meaningfulWords(words: readonly string[]): string[] {
  const kept = words.filter((w) => !stopWords.has(w));
  return kept.length ? kept : [...words];
}
