/**
 * Folding of search text, the same for what is indexed and for what is asked: lower case, no
 * accents or Arabic diacritics, one form per Arabic letter family, and Arabic words without
 * their attached article and prepositions ("للنساء", "والنساء" and "النساء" all fold to "نساء").
 */

/** Letters whose variants are one letter to a searcher (after combining marks are removed). */
const letterForms: Record<string, string> = {
  "\u0671": "\u0627", // ٱ alef wasla → ا (أ إ آ decompose to ا plus a mark)
  "\u0629": "\u0647", // ة taa marbuta → ه
  "\u0649": "\u064a", // ى alef maqsura → ي
  "\u06cc": "\u064a", // ی Persian yeh, typed on many keyboards → ي
  "\u06a9": "\u0643", // ک keheh → ك
  œ: "oe",
  æ: "ae",
  ß: "ss",
};
const letterFormPattern = new RegExp(`[${Object.keys(letterForms).join("")}]`, "gu");

/**
 * Attached prefixes, longest first: the article with a conjunction or preposition, the article,
 * then one-letter conjunctions and prepositions (و ف ب ك ل).
 */
const arabicPrefixes = [
  "\u0648\u0627\u0644", // وال
  "\u0628\u0627\u0644", // بال
  "\u0643\u0627\u0644", // كال
  "\u0641\u0627\u0644", // فال
  "\u0644\u0644", // لل
  "\u0627\u0644", // ال
  "\u0648", // و
  "\u0641", // ف
  "\u0628", // ب
  "\u0643", // ك
  "\u0644", // ل
];
/** A prefix comes off only while at least this many letters remain, so short words stay whole. */
const minimumStem = 3;
const arabicWord = /^[\u0621-\u064a]+$/u;

/** One Arabic word without its attached prefixes, repeated until none applies. */
export function stripArabicPrefixes(word: string): string {
  if (!arabicWord.test(word)) return word;
  let current = word;
  for (;;) {
    const prefix = arabicPrefixes.find(
      (p) => current.startsWith(p) && current.length - p.length >= minimumStem,
    );
    if (!prefix) return current;
    current = current.slice(prefix.length);
  }
}

/**
 * Lower case without accents, diacritics (harakat, shadda, sukun, tanwin, dagger alef) or
 * tatweel; hamza and alef forms folded (أ إ آ ٱ → ا, ؤ → و, ئ → ي), ة → ه, ى → ي.
 */
export function foldLetters(text: string): string {
  return (
    text
      .toLowerCase()
      // Decomposition separates accents and the hamza/madda of أ إ آ ؤ ئ from their letters.
      .normalize("NFD")
      .replace(/[\p{Mn}\u0640]/gu, "")
      .replace(letterFormPattern, (c) => letterForms[c] ?? c)
      .normalize("NFC")
  );
}

/** The words of a text, folded, in order: letters and digits only, so never query syntax. */
export function searchWords(text: string): string[] {
  return (foldLetters(text).match(/[\p{L}\p{N}]+/gu) ?? []).map(stripArabicPrefixes);
}

/** Text folded for indexing: its words joined by spaces. */
export function foldSearchText(text: string): string {
  return searchWords(text).join(" ");
}
