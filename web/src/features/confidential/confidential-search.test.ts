import { describe, expect, it } from "vitest";
import {
  ConfidentialFilters,
  filtering,
  fold,
  matches,
  searchRecords,
  spanOf,
} from "./confidential-search.ts";

const incident = {
  kind: "incident" as const,
  fields: {
    occurredOn: "2026-03-10",
    occurredUntil: "2026-03-12",
    country: "YE",
    placeText: "Route de l'école, à l'est du marché",
    violationTypes: ["attack_on_schools"],
    narrative: {
      original: "ar",
      texts: { ar: "سقطت قذيفة على بوابة المَدرسة", en: "A shell hit the school gate" },
    },
  },
};
const document = {
  kind: "document" as const,
  fields: { title: "Témoignage de Sécurité", description: "Notes", documentDate: "2026-05-01" },
};
const caseRecord = {
  kind: "case" as const,
  fields: { caseCode: "YE-0042", openedOn: "2026-01-20", status: "open", country: "SD" },
};
const trend = {
  kind: "trend" as const,
  fields: { periodFrom: "2026-02-01", periodTo: "2026-04-30", country: "YE" },
};
const all = [incident, document, caseRecord, trend];

describe("searching confidential records in the browser", () => {
  it("finds words in any language, whatever their accents or Arabic diacritics", () => {
    expect(searchRecords(all, { q: "securite" })).toEqual([document]);
    expect(searchRecords(all, { q: "ÉCOLE marche" })).toEqual([incident]);
    expect(searchRecords(all, { q: "مدرسة" })).toEqual([incident]);
    expect(searchRecords(all, { q: "school gate" })).toEqual([incident]);
    expect(searchRecords(all, { q: "ye-0042" })).toEqual([caseRecord]);
  });

  it("needs every word, in any field", () => {
    expect(searchRecords(all, { q: "shell notes" })).toEqual([]);
    expect(searchRecords(all, { q: "   " })).toEqual(all);
  });

  it("filters by kind and country", () => {
    expect(searchRecords(all, { kind: "case" })).toEqual([caseRecord]);
    expect(searchRecords(all, { country: "YE" })).toEqual([incident, trend]);
    expect(searchRecords(all, { country: "YE", kind: "trend" })).toEqual([trend]);
  });

  it("keeps a record whose days overlap the range, and leaves out undated ones", () => {
    expect(searchRecords(all, { from: "2026-03-12", to: "2026-03-31" })).toEqual([incident, trend]);
    expect(searchRecords(all, { to: "2026-01-31" })).toEqual([caseRecord]);
    expect(searchRecords(all, { from: "2026-04-30" })).toEqual([document, trend]);
    const undated = { kind: "document" as const, fields: { title: "Undated" } };
    expect(matches(undated, { from: "2000-01-01" })).toBe(false);
    expect(matches(undated, {})).toBe(true);
  });

  it("takes each kind's own dates as its span", () => {
    expect(spanOf(incident)).toEqual({ from: "2026-03-10", to: "2026-03-12" });
    expect(spanOf(trend)).toEqual({ from: "2026-02-01", to: "2026-04-30" });
    expect(spanOf(caseRecord)).toEqual({ from: "2026-01-20", to: "2026-01-20" });
    expect(
      spanOf({
        kind: "incident",
        fields: { occurredOn: "2026-03-10", occurredUntil: "2026-03-01" },
      }),
    ).toEqual({ from: "2026-03-10", to: "2026-03-10" });
  });

  it("folds text for matching", () => {
    expect(fold("  Sécurité\tÉCOLE ")).toBe("securite ecole");
    expect(fold("أمـــان")).toBe(fold("امان"));
  });

  it("drops what the address holds that is not a filter", () => {
    expect(
      ConfidentialFilters.parse({ q: "gate", kind: "meeting", country: "yemen", from: "soon" }),
    ).toEqual({ q: "gate" });
    expect(filtering({})).toBe(false);
    expect(filtering({ q: "" })).toBe(false);
    expect(filtering({ kind: "case" })).toBe(true);
  });
});
