import type { Taxonomies, Vocabulary } from "../taxonomies.ts";
import { arabicWordForms } from "./arabic-plurals.ts";
import { searchWords } from "./fold.ts";
import { meaningfulWords } from "./stopwords.ts";

/** The vocabularies a query reaches through their labels, and whether a profile shows them to all. */
export const searchedVocabularies = {
  org_type: "public",
  issue: "work",
  capacity: "work",
  country: "work",
  region: "work",
} as const satisfies Partial<Record<Vocabulary, "public" | "work">>;
export type SearchedVocabulary = keyof typeof searchedVocabularies;

/** How a profile's taxonomy key is written into the search index: never a word of any text. */
export const termToken = (vocabulary: SearchedVocabulary, key: string) => `~${vocabulary}:${key}`;

export type TermRef = { vocabulary: SearchedVocabulary; key: string };

/**
 * A word naming more terms than this directly ("rights", "droits", "حقوق") selects nothing in a
 * directory of rights organisations: it reaches no term, and a query drops it beside other words.
 */
const mostTermsOfSpecificWord = 10;

/** A query word this short matches only whole label words, so "de" does not reach "Derechos". */
const shortestPrefix = 3;
/** A label word this long also matches a longer query word ("shelters" → "shelter"). */
const shortestStemWord = 5;
/**
 * Two words sharing all but their last two letters, and at least this many, are one word with
 * another ending: "refugiados" and "refugiadas", "women" and "woman", "لاجئين" and "لاجئون".
 */
const shortestSharedStem = 3;

function sharedPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The words one adjacent swap away: "shleter" → "hsleter", "sleheter", …, "shelter", … */
export function transpositionsOf(word: string): string[] {
  const letters = [...word];
  const out = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
    out.add(swapped.join(""));
  }
  return [...out];
}

/**
 * Finds the taxonomy terms a query word names in any of the four languages, with every narrower
 * term under a matched one ("protection" reaches each protection issue). Labels are folded with
 * the same code as the query (./fold.ts), so "الوصول الإنساني" reaches "وصول المساعدات الإنسانية".
 */
export function createTermMatcher(taxonomies: Partial<Taxonomies>) {
  const terms: TermRef[] = [];
  /** For each folded label word, the terms whose label holds it. */
  const byWord = new Map<string, Set<number>>();
  const childrenOf = new Map<string, number[]>();
  /** Each label's meaningful words, for naming terms in free text. */
  const labels: { id: number; words: string[] }[] = [];
  for (const vocabulary of Object.keys(searchedVocabularies) as SearchedVocabulary[]) {
    for (const term of taxonomies[vocabulary] ?? []) {
      const id = terms.push({ vocabulary, key: term.key }) - 1;
      if (term.parent) {
        const siblings = childrenOf.get(`${vocabulary}:${term.parent}`) ?? [];
        siblings.push(id);
        childrenOf.set(`${vocabulary}:${term.parent}`, siblings);
      }
      for (const label of Object.values(term.labels)) {
        labels.push({ id, words: meaningfulWords(searchWords(label)) });
        for (const word of searchWords(label)) {
          let ids = byWord.get(word);
          if (!ids) byWord.set(word, (ids = new Set()));
          ids.add(id);
        }
      }
    }
  }
  // A label's word also stands for its other forms (broken plurals): "نساء" reaches "المرأة".
  for (const [word, ids] of [...byWord]) {
    for (const form of arabicWordForms.get(word) ?? []) {
      let formIds = byWord.get(form);
      if (!formIds) byWord.set(form, (formIds = new Set()));
      for (const id of ids) formIds.add(id);
    }
  }
  const labelWords = [...byWord.keys()];
  /** A label word held by one term only names it on its own ("torture", "litigation"). */
  const distinctive = (word: string) =>
    word.length >= shortestStemWord && (byWord.get(word)?.size ?? 0) === 1;

  function withNarrower(ids: Iterable<number>): TermRef[] {
    const seen = new Set<number>();
    const stack = [...ids];
    while (stack.length) {
      const id = stack.pop() as number;
      if (seen.has(id)) continue;
      seen.add(id);
      const term = terms[id] as TermRef;
      stack.push(...(childrenOf.get(`${term.vocabulary}:${term.key}`) ?? []));
    }
    return [...seen].map((id) => terms[id] as TermRef);
  }

  function sameStem(a: string, b: string): boolean {
    const shared = sharedPrefixLength(a, b);
    return shared >= shortestSharedStem && shared >= Math.max(a.length, b.length) - 2;
  }

  /** Whether a word of a text is this label word, or it with another ending. */
  const sameWord = (textWord: string, labelWord: string) =>
    textWord === labelWord ||
    (labelWord.length >= shortestStemWord && textWord.startsWith(labelWord)) ||
    sameStem(textWord, labelWord);

  function idsFor(word: string): Set<number> {
    const ids = new Set<number>();
    for (const labelWord of labelWords) {
      const hit =
        labelWord === word ||
        (word.length >= shortestPrefix && labelWord.startsWith(word)) ||
        (labelWord.length >= shortestStemWord && word.startsWith(labelWord)) ||
        sameStem(word, labelWord);
      if (hit) for (const id of byWord.get(labelWord) ?? []) ids.add(id);
    }
    return ids;
  }

  return {
    /**
     * The terms a free text names, for drafting a need: every meaningful word of one of a term's
     * labels is in the text, or a word only that term's labels hold. Narrower terms are not added:
     * a need names what it asks for.
     */
    namedIn(text: string): TermRef[] {
      const words = [...new Set(meaningfulWords(searchWords(text)))];
      const has = (labelWord: string) =>
        [labelWord, ...(arabicWordForms.get(labelWord) ?? [])].some((form) =>
          words.some((w) => sameWord(w, form)),
        );
      const ids = new Set<number>();
      for (const label of labels) {
        if (label.words.length && label.words.every(has)) ids.add(label.id);
      }
      for (const labelWord of labelWords) {
        if (distinctive(labelWord) && has(labelWord)) {
          for (const id of byWord.get(labelWord) ?? []) ids.add(id);
        }
      }
      return [...ids].map((id) => terms[id] as TermRef);
    },
    /** The terms a folded query word names, exactly or as the start of a label word. */
    termsFor(word: string): TermRef[] {
      const ids = idsFor(word);
      return ids.size > mostTermsOfSpecificWord ? [] : withNarrower(ids);
    },
    /** Whether a word names so many terms that it says nothing (see mostTermsOfSpecificWord). */
    isGeneric(word: string): boolean {
      return idsFor(word).size > mostTermsOfSpecificWord;
    },
    /** The words of a query that select: generic ones go when others remain. */
    selectiveWords(words: readonly string[]): string[] {
      const specific = words.filter((w) => idsFor(w).size <= mostTermsOfSpecificWord);
      return specific.length ? specific : [...words];
    },
    /** The terms a word one adjacent swap away names exactly, for the typo path only. */
    termsForTransposed(word: string): TermRef[] {
      const ids = new Set<number>();
      for (const candidate of transpositionsOf(word)) {
        for (const id of byWord.get(candidate) ?? []) ids.add(id);
      }
      return withNarrower(ids);
    },
  };
}
export type TermMatcher = ReturnType<typeof createTermMatcher>;
