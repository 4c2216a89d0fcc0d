export { foldLetters, foldSearchText, searchWords, stripArabicPrefixes } from "./fold.ts";
export { meaningfulWords, stopWords } from "./stopwords.ts";
export {
  createTermMatcher,
  searchedVocabularies,
  termToken,
  transpositionsOf,
  type SearchedVocabulary,
  type TermMatcher,
  type TermRef,
} from "./term-matcher.ts";
