import { z } from "zod";

/** Languages the interface is translated into. Arabic is written right to left. */
export const uiLocales = ["en", "fr", "es", "ar"] as const;
export const UiLocale = z.enum(uiLocales);
export type UiLocale = z.infer<typeof UiLocale>;

export const rtlLocales: readonly UiLocale[] = ["ar"];
export const isRtl = (locale: string): boolean =>
  (rtlLocales as readonly string[]).includes(locale);

/** An ISO 639-1 language code, as used for content languages and working languages. */
export const LanguageCode = z.string().regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code");

/**
 * Text that people write in several languages, kept in one record: one text per language
 * and the language it was first written in, so readers can tell a translation from the original.
 */
export const localizedText = (maxLength: number) =>
  z
    .object({
      original: LanguageCode,
      texts: z.record(LanguageCode, z.string().trim().max(maxLength)),
    })
    .strict()
    .refine((value) => value.original in value.texts, {
      message: "the original language must have a text",
      path: ["original"],
    });
export type LocalizedText = { original: string; texts: Record<string, string> };

/** Picks the text to show a reader: their language, then the original, then any. */
export function pickText(value: LocalizedText | null | undefined, locale: string): string {
  if (!value) return "";
  return value.texts[locale] ?? value.texts[value.original] ?? Object.values(value.texts)[0] ?? "";
}
