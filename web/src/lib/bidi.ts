/**
 * Wraps a name or address put into a sentence in Unicode isolates, so a Latin name inside an
 * Arabic sentence (or the reverse) keeps its own direction and does not scramble the sentence.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;
