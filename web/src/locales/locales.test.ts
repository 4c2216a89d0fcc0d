import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every page's text exists in all four languages: each namespace of fr, es and ar has the
 * keys English has, and each counted phrase has every plural form its language uses.
 */
const root = path.dirname(new URL(import.meta.url).pathname);
const languages = ["fr", "es", "ar"] as const;
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };
const read = (lang: string, file: string) =>
  JSON.parse(readFileSync(path.join(root, lang, file), "utf8")) as Tree;

/** Flattened keys, with plural forms grouped under their base key. */
function keysOf(tree: Tree, prefix = ""): { plain: Set<string>; plural: Map<string, Set<string>> } {
  const plain = new Set<string>();
  const plural = new Map<string, Set<string>>();
  const walk = (node: Tree, at: string) => {
    for (const [key, value] of Object.entries(node)) {
      const full = at ? `${at}.${key}` : key;
      if (typeof value !== "string") {
        walk(value, full);
        continue;
      }
      const match = pluralSuffix.exec(full);
      if (!match) {
        plain.add(full);
        continue;
      }
      const base = full.slice(0, -match[0].length);
      const forms = plural.get(base) ?? new Set<string>();
      forms.add(match[1]!);
      plural.set(base, forms);
    }
  };
  walk(tree, prefix);
  return { plain, plural };
}

/** The plural categories a language distinguishes, as i18next asks for them. */
const categoriesOf = (lang: string) =>
  new Set<string>(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);

describe("translations", () => {
  const files = readdirSync(path.join(root, "en")).filter((f) => f.endsWith(".json"));

  it("has a file for every namespace in every language", () => {
    for (const lang of languages) {
      expect(readdirSync(path.join(root, lang)).filter((f) => f.endsWith(".json"))).toEqual(
        expect.arrayContaining(files),
      );
    }
  });

  for (const file of files) {
    it(`translates every key of ${file}`, () => {
      const english = keysOf(read("en", file));
      const problems: string[] = [];
      for (const lang of languages) {
        const other = keysOf(read(lang, file));
        for (const k of english.plain) {
          if (!other.plain.has(k) && !other.plural.has(k)) problems.push(`${lang}: ${k} missing`);
        }
        const wanted = categoriesOf(lang);
        for (const base of english.plural.keys()) {
          const forms = other.plural.get(base);
          if (!forms && other.plain.has(base)) continue; // one sentence fits every number
          for (const c of wanted) {
            if (!forms?.has(c)) problems.push(`${lang}: ${base}_${c} missing`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
