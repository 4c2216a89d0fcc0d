import type { Page } from "playwright-core";
import { expect } from "vitest";
import { keysUsedInSource, localeKeys } from "../web/src/locales/translation-keys.ts";

/**
 * What i18next shows for a key it cannot find: the key itself, without its namespace. These
 * are every key the locales hold and every key the code asks for.
 */
const knownKeys = (() => {
  const keys = new Set<string>();
  for (const namespace of localeKeys("en").values()) for (const key of namespace) keys.add(key);
  for (const use of keysUsedInSource()) if (!use.prefixOnly) keys.add(use.key);
  return keys;
})();

/** A lone camelCase or dotted word, the shape of a key no locale holds ("errors.status418"). */
const keyShaped =
  /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+(?:\.[\w-]+)*$|^[a-z][\w-]*(?:\.[a-z][\w-]*[A-Z_][\w-]*)+$/;

/** Labels a library writes in English unless told otherwise; our own words differ, in English too. */
const libraryEnglish = new Set(["Toggle password visibility"]);

/** The visible and announced strings of the page: text, labels, placeholders and the title. */
async function pageStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>([document.title.trim()]);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Code is shown as written on purpose (a CSV column such as occurredOn), never translated.
      if (!parent || parent.closest("script, style, noscript, code")) continue;
      const text = node.textContent?.trim();
      if (text) found.add(text);
    }
    for (const element of document.body.querySelectorAll(
      "[aria-label], [placeholder], [title], [alt], [aria-description]",
    )) {
      for (const name of ["aria-label", "placeholder", "title", "alt", "aria-description"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.add(value);
      }
    }
    return [...found];
  });
}

/** The strings on the page that are a translation key shown as is, or a library's English. */
export async function untranslatedKeys(page: Page): Promise<string[]> {
  return (await pageStrings(page)).filter(
    (s) => knownKeys.has(s) || keyShaped.test(s) || libraryEnglish.has(s),
  );
}

/** Fails when the page shows a key instead of its text, in any language. */
export async function expectTranslated(page: Page, label: string) {
  expect((await untranslatedKeys(page)).map((key) => `${label}: ${key}`)).toEqual([]);
}
