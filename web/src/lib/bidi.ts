import { isRtl } from "../../../shared/locales.ts";

const FSI = "\u2068";
const PDI = "\u2069";
/** LRI, RLI and FSI each open an isolate; PDI closes the innermost one. */
const opensIsolate = (char: string | undefined) =>
  char === "\u2066" || char === "\u2067" || char === FSI;

/** True when the whole text is one isolate already (it opens one and that one closes at the end). */
function isIsolated(text: string): boolean {
  if (!opensIsolate(text[0]) || text[text.length - 1] !== PDI) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (opensIsolate(text[i])) depth++;
    else if (text[i] === PDI && --depth === 0) return i === text.length - 1;
  }
  return false;
}

/**
 * Wraps a name or address put into a sentence in Unicode isolates, so a Latin name inside an
 * Arabic sentence (or the reverse) keeps its own direction and does not scramble the sentence.
 * A text that is one isolate already is returned as it is, never wrapped twice.
 */
export const isolate = (text: string) => (isIsolated(text) ? text : `${FSI}${text}${PDI}`);

/** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their neighbours. */
const rtlLetter =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
/** A strongly left-to-right character: any letter not of a right-to-left script. */
const ltrLetter = /(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC])\p{L}/u;
/** Parts already isolated (hand-made or from a sentence put inside another) set no direction. */
const isolatedParts = /[\u2066-\u2068][^\u2066-\u2069]*\u2069/g;

/**
 * The one rule for a value put into a sentence: it is wrapped in isolates (FSI…PDI) only when it
 * holds a letter written in the direction opposite to the sentence's language — a Latin name in
 * Arabic, an Arabic or Hebrew name in English, French or Spanish — and never twice. Numbers,
 * dates and values in the sentence's own direction are left as they are, so English accessible
 * names stay exactly the visible text.
 */
export function isolateFor(value: string, language: string): string {
  if (value === "" || isIsolated(value)) return value;
  // Strip isolated parts, innermost first, so what remains is the value's own direction.
  let bare = value;
  for (let before = ""; before !== bare;) {
    before = bare;
    bare = bare.replace(isolatedParts, "");
  }
  const opposite = isRtl(language.split("-")[0] ?? language) ? ltrLetter : rtlLetter;
  return opposite.test(bare) ? isolate(value) : value;
}

/**
 * i18next interpolation options that apply `isolateFor` to every value put into a sentence, in
 * the language the instance shows. i18next calls `escape` for each value when `escapeValue` is
 * true; no HTML escaping is done, React escapes what it renders.
 */
export const bidiInterpolation = (language: () => string | undefined) => ({
  escapeValue: true,
  escape: (value: string) => isolateFor(value, language() ?? "en"),
});

/**
 * t() options for a sentence that is stored or sent rather than shown (a removal proposal's
 * title): values go in as they are, with no isolates.
 */
export const plainValues = { interpolation: { escapeValue: false } } as const;
