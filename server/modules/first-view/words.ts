import i18next, { type TFunction } from "i18next";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type UiLocale, uiLocales } from "../../../shared/locales.ts";

/*
 * The first view speaks with the web app's own words: the same locale files, read once, through
 * i18next as the browser reads them. A change of wording in web/src/locales shows in both.
 */

const localesDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../web/src/locales",
);

export const namespaces = ["common", "landing", "directory", "coalitions", "proposals"] as const;
export type Namespace = (typeof namespaces)[number];

const resources = Object.fromEntries(
  uiLocales.map((locale) => [
    locale,
    Object.fromEntries(
      namespaces.map((ns) => [
        ns,
        JSON.parse(readFileSync(path.join(localesDir, locale, `${ns}.json`), "utf8")) as object,
      ]),
    ),
  ]),
);

const instance = i18next.createInstance();
void instance.init({
  resources,
  initAsync: false,
  fallbackLng: "en",
  supportedLngs: [...uiLocales],
  ns: [...namespaces],
  defaultNS: "common",
  fallbackNS: "common",
  // Every value is escaped once, where the HTML is written.
  interpolation: { escapeValue: false },
});

export type Words = (ns: Namespace) => TFunction;

/** The words of one language, by namespace. */
export const wordsFor =
  (locale: UiLocale): Words =>
  (ns) =>
    instance.getFixedT(locale, ns);

/**
 * The reader's language: the one the web app remembered (a cookie it writes beside its local
 * storage), then the browser's, then English.
 */
export function readerLocale(cookie: string | undefined, acceptLanguage: string | undefined) {
  const remembered = /(?:^|;\s*)cg\.locale=([a-z]{2})/.exec(cookie ?? "")?.[1];
  const wanted = [
    remembered,
    ...(acceptLanguage ?? "").split(",").map((part) => part.split(";")[0]?.trim().slice(0, 2)),
  ];
  return (wanted.find((l) => uiLocales.includes(l as UiLocale)) ?? "en") as UiLocale;
}
