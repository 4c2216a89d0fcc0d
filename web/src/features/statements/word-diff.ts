import { diffWords } from "diff";
import type { LocalizedText } from "../../../../shared/locales.ts";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** What changed between two texts, word by word. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/** The languages either version is written in, the original of the later first. */
export function languagesOf(before: LocalizedText, after: LocalizedText): string[] {
  const all = new Set([after.original, ...Object.keys(after.texts), ...Object.keys(before.texts)]);
  return [...all].filter((l) => (after.texts[l] ?? before.texts[l] ?? "").trim() !== "");
}

/** One language's comparison; a language only one version has is all added or all removed. */
export function compareIn(before: LocalizedText, after: LocalizedText, language: string) {
  return wordDiff(before.texts[language] ?? "", after.texts[language] ?? "");
}

export const changed = (parts: readonly DiffPart[]) => parts.some((p) => p.kind !== "same");
