import { describe, expect, it } from "vitest";
import { uiLocales } from "../../../shared/locales.ts";
import { type KeyUse, keysUsedInSource, localeKeys } from "./translation-keys.ts";

/**
 * Every key the code asks for exists in every language, in a namespace the page has loaded:
 * otherwise i18next shows the key itself (the account page once read "passwordHint").
 */
const uses = keysUsedInSource();
const where = (use: KeyUse) => `${use.file}:${use.line} ${use.namespace ?? ""}:${use.key}`;

describe("translation keys used in web/src", () => {
  it("finds the keys the code uses", () => {
    // A broken extractor would find nothing and pass every check below.
    expect(uses.length).toBeGreaterThan(500);
    expect(uses.some((u) => u.key === "nav.directory" && u.file.endsWith("Layout.tsx"))).toBe(true);
  });

  for (const lang of uiLocales) {
    it(`finds every key in ${lang}`, () => {
      const locale = localeKeys(lang);
      const all = [...locale.values()];
      const has = (keys: Set<string> | undefined, use: KeyUse) =>
        !!keys &&
        (use.prefixOnly ? [...keys].some((k) => k.startsWith(use.key)) : keys.has(use.key));
      const missing = uses.filter((use) => {
        if (use.namespace) return !has(locale.get(use.namespace), use);
        // Without a prefix, the key is looked for in the file's namespaces, then in common.
        const namespaces = use.loaded ? [...use.loaded, "common"] : null;
        return namespaces
          ? !namespaces.some((ns) => has(locale.get(ns), use))
          : !all.some((keys) => has(keys, use));
      });
      expect(missing.map(where)).toEqual([]);
    });
  }

  it("loads the namespace of every prefixed key in the file that uses it", () => {
    // `t("auth:x")` on a page that never loaded "auth" shows "x" until some other page loads it.
    const unloaded = uses.filter(
      (use) =>
        use.namespace &&
        use.namespace !== "common" &&
        use.loaded &&
        !use.loaded.includes(use.namespace),
    );
    expect(unloaded.map(where)).toEqual([]);
  });
});
