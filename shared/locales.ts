// No Zod here: the web app's entry imports this file, and its schemas live in
// localized-text.ts so the first page load does not carry the validator.

/** Languages the interface is translated into. Arabic is written right to left. */
export const uiLocales = ["en", "fr", "es", "ar"] as const;
export type UiLocale = (typeof uiLocales)[number];

export const rtlLocales: readonly UiLocale[] = ["ar"];
export const isRtl = (locale: string): boolean =>
  (rtlLocales as readonly string[]).includes(locale);

export type LocalizedText = { original: string; texts: Record<string, string> };

/** Picks the text to show a reader: their language, then the original, then any. */
export function pickText(value: LocalizedText | null | undefined, locale: string): string {
  if (!value) return "";
  return value.texts[locale] ?? value.texts[value.original] ?? Object.values(value.texts)[0] ?? "";
}
