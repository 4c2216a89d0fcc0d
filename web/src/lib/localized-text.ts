import type { LocalizedText } from "../../../shared/locales.ts";

/** Drops empty translations; a text with none left is no text at all. */
export function cleanText(value: LocalizedText): LocalizedText | undefined {
  const texts = Object.fromEntries(
    Object.entries(value.texts)
      .map(([language, text]) => [language, text.trim()] as const)
      .filter(([, text]) => text.length > 0),
  );
  if (Object.keys(texts).length === 0) return undefined;
  // The original must have a text; if it was emptied, the first remaining language is it.
  const original = texts[value.original] ? value.original : (Object.keys(texts)[0] ?? "en");
  return { original, texts };
}
