import { z } from "zod";
import { uiLocales } from "./locales.ts";

export const UiLocale = z.enum(uiLocales);

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
