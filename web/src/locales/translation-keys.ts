// Read by tests only (Node): which translation keys the locales hold and which the code asks for.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export const localesRoot = path.dirname(new URL(import.meta.url).pathname);
const sourceRoot = path.resolve(localesRoot, "..");
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

/** Every key of one language, by namespace, plural forms folded into their base key. */
export function localeKeys(lang: string): Map<string, Set<string>> {
  const byNamespace = new Map<string, Set<string>>();
  for (const file of readdirSync(path.join(localesRoot, lang)).filter((f) => f.endsWith(".json"))) {
    const keys = new Set<string>();
    const walk = (node: Tree, at: string) => {
      for (const [key, value] of Object.entries(node)) {
        const full = at ? `${at}.${key}` : key;
        if (typeof value === "string") keys.add(full.replace(pluralSuffix, ""));
        else walk(value, full);
      }
    };
    walk(JSON.parse(readFileSync(path.join(localesRoot, lang, file), "utf8")) as Tree, "");
    byNamespace.set(file.replace(/\.json$/, ""), keys);
  }
  return byNamespace;
}

/** One use of a key in the source: `t("…")`, `i18n.t("…")` or `i18nKey="…"`. */
export type KeyUse = {
  file: string;
  line: number;
  /** The key as written, without its namespace prefix; for a template, the part before `${`. */
  key: string;
  /** The namespace written before a colon (`t("auth:passwordHint")`), if any. */
  namespace: string | null;
  /** A template literal with interpolated parts: only its fixed start is known. */
  prefixOnly: boolean;
  /** Namespaces the file loads with useTranslation/withTranslation, or null when unknown. */
  loaded: string[] | null;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "locales" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Namespaces named in a file's useTranslation calls; null if one of them is not a literal. */
function loadedNamespaces(text: string): string[] | null {
  const names: string[] = [];
  for (const call of text.matchAll(/useTranslation\(([^)]*)\)/g)) {
    const args = call[1]!.trim();
    if (!args) {
      names.push("common");
      continue;
    }
    const literals = [...args.matchAll(/["']([\w-]+)["']/g)].map((m) => m[1]!);
    if (!literals.length) return null;
    names.push(...literals);
  }
  return names.length ? names : null;
}

/** Every literal translation key in web/src, with where it is used. */
export function keysUsedInSource(): KeyUse[] {
  const uses: KeyUse[] = [];
  const call =
    /(?<![\w.])(?:i18n\.)?t\(\s*(["'`])((?:(?!\1)[^\\\n]|\\.)*)\1|i18nKey=(["'])([^"']*)\3/g;
  for (const file of sourceFiles(sourceRoot)) {
    const text = readFileSync(file, "utf8");
    const loaded = loadedNamespaces(text);
    for (const match of text.matchAll(call)) {
      const written = match[2] ?? match[4] ?? "";
      const template = match[1] === "`" && written.includes("${");
      const fixed = template ? written.slice(0, written.indexOf("${")) : written;
      const colon = /^([\w-]+):/.exec(fixed);
      // A string with spaces or punctuation is text passed to some other `t`, not a key.
      if (!template && !/^[\w-]+(:[\w-]+)?(\.[\w-]+)*$/.test(written)) continue;
      uses.push({
        file: path.relative(sourceRoot, file),
        line: text.slice(0, match.index).split("\n").length,
        key: colon ? fixed.slice(colon[0].length) : fixed,
        namespace: colon ? colon[1]! : null,
        prefixOnly: template,
        loaded,
      });
    }
  }
  return uses;
}
