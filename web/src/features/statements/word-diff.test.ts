import { describe, expect, it } from "vitest";
import { compareIn, changed, languagesOf, wordDiff } from "./word-diff.ts";

describe("word by word comparison", () => {
  it("marks the words added and removed, and keeps the rest", () => {
    const parts = wordDiff("Open the roads.", "Open the roads today.");
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text)).toContainEqual(
      expect.stringContaining("today"),
    );
    expect(parts.find((p) => p.kind === "same")?.text).toContain("Open the roads");
    // The unchanged and added parts together give the later text back (diffWords keeps its spaces).
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe("Open the roads today.");
    const other = wordDiff("We call on all parties.", "We call upon the parties now.");
    expect(other.filter((p) => p.kind === "removed").map((p) => p.text)).toEqual(["on all"]);
  });

  it("compares every language either version has, and a new language is all added", () => {
    const before = { original: "en", texts: { en: "Open the roads." } };
    const after = { original: "en", texts: { en: "Open the roads.", fr: "Ouvrez les routes." } };
    expect(languagesOf(before, after)).toEqual(["en", "fr"]);
    expect(changed(compareIn(before, after, "en"))).toBe(false);
    expect(compareIn(before, after, "fr")).toEqual([{ kind: "added", text: "Ouvrez les routes." }]);
  });
});
