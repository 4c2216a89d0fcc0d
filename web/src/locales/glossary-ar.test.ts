import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import glossary from "./glossary-ar.json" with { type: "json" };

/**
 * The Arabic interface calls each thing by one name (glossary-ar.json): every Arabic string,
 * in the locale files and in the messages the server writes, avoids the refused words.
 */
const root = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(root, "../../..");

type Tree = { [key: string]: string | Tree };
function strings(tree: Tree, at: string): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${at}.${key}`, value] as [string, string]]
      : strings(value, `${at}.${key}`),
  );
}

function arabicLocaleStrings(): [string, string][] {
  return readdirSync(path.join(root, "ar"))
    .filter((f) => f.endsWith(".json"))
    .flatMap((file) =>
      strings(JSON.parse(readFileSync(path.join(root, "ar", file), "utf8")) as Tree, `ar/${file}`),
    );
}

/** Lines of server and shared source that hold Arabic text (mail and notification wording). */
function arabicSourceLines(): [string, string][] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "migrations" ? [] : walk(full);
      return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
    });
  return ["server", "shared"].flatMap((top) =>
    walk(path.join(repo, top)).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => [`${path.relative(repo, file)}:${i + 1}`, line] as [string, string])
        .filter(([, line]) => /[\u0600-\u06FF]/.test(line)),
    ),
  );
}

describe("the Arabic glossary", () => {
  const everything = [...arabicLocaleStrings(), ...arabicSourceLines()];

  it("reads Arabic from the locales and from the server", () => {
    expect(everything.length).toBeGreaterThan(1000);
    expect(everything.some(([where]) => where.startsWith("server/"))).toBe(true);
  });

  for (const term of glossary.terms) {
    it(`calls a ${term.en} ${term.use[0]}, never ${term.refuse.join(" or ")}`, () => {
      const refused = everything.filter(([, text]) => term.refuse.some((w) => text.includes(w)));
      expect(refused.map(([where, text]) => `${where}: ${text}`)).toEqual([]);
      // The chosen word is really the one in use, so the glossary describes the interface.
      expect(everything.filter(([, text]) => text.includes(term.use[0]!)).length).toBeGreaterThan(
        10,
      );
    });
  }

  it("refuses a word no chosen form contains", () => {
    // Otherwise refusing it would also refuse the chosen word.
    for (const term of glossary.terms) {
      for (const word of term.refuse) {
        expect(term.use.filter((form) => form.includes(word))).toEqual([]);
      }
    }
  });
});
