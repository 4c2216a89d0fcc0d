import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Visibility } from "../../../shared/organizations.ts";
import {
  countriesOfHumanitarianRegions,
  humanitarianRegionsOfCountry,
} from "../../../shared/humanitarian-regions.ts";
import { type EntryRow, type FacetCount, FacetIndex, type Filters } from "./facet-index.ts";

/** The rules written out plainly, row by row, as the SQL states them. */
function oracle(
  rows: Map<number, EntryRow>,
  seqs: number[] | null,
  filters: Filters,
  visibleTo: Visibility[],
) {
  const counts = new Map<string, FacetCount>();
  let total = 0;
  const anyOf = (have: string[], want: string[] | undefined) =>
    !want?.length || have.some((k) => want.includes(k));
  for (const [seq, row] of rows) {
    if (row.removed || (seqs && !seqs.includes(seq))) continue;
    const work = visibleTo.includes(row.work_visibility as Visibility);
    const passes =
      seqs !== null ||
      (anyOf(row.types, filters.type) &&
        anyOf([row.level], filters.level) &&
        (!filters.verified || String(row.verified) === filters.verified) &&
        // As the SQL says it: a grouping is the set of its countries.
        (!filters.humanitarianRegion?.length ||
          (work &&
            anyOf(row.countries, countriesOfHumanitarianRegions(filters.humanitarianRegion)))) &&
        (["region", "country", "issue", "capacity", "language"] as const).every((facet) => {
          const want = filters[facet];
          if (!want?.length) return true;
          const have = {
            region: row.regions,
            country: row.countries,
            issue: row.issues,
            capacity: row.capacities,
            language: row.languages,
          }[facet];
          return work && anyOf(have, want);
        }));
    if (!passes) continue;
    total++;
    const bump = (facet: FacetCount["facet"], keys: string[]) => {
      for (const key of keys) {
        const id = `${facet}:${key}`;
        const current = counts.get(id) ?? { facet, key, count: 0 };
        current.count++;
        counts.set(id, current);
      }
    };
    bump("type", row.types);
    bump("level", [row.level]);
    bump("verified", [String(row.verified)]);
    if (work) {
      bump("humanitarianRegion", [
        ...new Set(row.countries.flatMap((c) => humanitarianRegionsOfCountry(c))),
      ]);
      bump("region", row.regions);
      bump("country", row.countries);
      bump("issue", row.issues);
      bump("capacity", row.capacities);
      bump("language", row.languages);
    }
  }
  return { total, facets: [...counts.values()] };
}

const keys = <T extends string>(...values: T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 });
const row = (seq: number) =>
  fc.record({
    seq: fc.constant(seq),
    version: fc.constant(1),
    removed: fc.boolean(),
    work_visibility: fc.constantFrom("public", "signed_in", "members"),
    verified: fc.boolean(),
    types: keys("a", "b", "c"),
    level: fc.constantFrom("local", "national"),
    regions: keys("africa", "asia"),
    countries: keys("KE", "SY", "CO"),
    issues: keys("food", "torture"),
    capacities: keys("litigation", "research"),
    languages: keys("en", "ar"),
  });
const filters: fc.Arbitrary<Filters> = fc.record(
  {
    type: keys("a", "b", "z"),
    level: keys("local", "regional"),
    verified: fc.constantFrom("true", "false"),
    region: keys("africa"),
    humanitarianRegion: keys("mena", "east_southern_africa", "horn_of_africa"),
    country: keys("KE", "SY", "XX"),
    issue: keys("food", "torture"),
    capacity: keys("litigation"),
    language: keys("ar"),
  },
  { requiredKeys: [] },
);
const visibleTo = fc.constantFrom<Visibility[]>(["public"], ["public", "signed_in"]);
/** These tests hand the index its rows themselves. */
const noDatabase = () => Promise.reject(new Error("no database in these tests"));
const sorted = (facets: FacetCount[]) =>
  [...facets].sort((a, b) => `${a.facet}:${a.key}`.localeCompare(`${b.facet}:${b.key}`));

describe("the in-memory facet index", () => {
  it("filters and counts exactly as the rules say, after any sequence of changes", () => {
    const history = fc
      .array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 40 })
      .chain((seqs) => fc.tuple(...seqs.map((seq) => row(seq))));
    fc.assert(
      fc.property(
        history,
        filters,
        visibleTo,
        fc.array(fc.integer({ min: 1, max: 12 })),
        (changes, wanted, who, some) => {
          const index = new FacetIndex(noDatabase);
          const latest = new Map<number, EntryRow>();
          changes.forEach((change, i) => {
            index.apply([change], i + 1);
            latest.set(change.seq, change);
          });
          const all = index.summarize(null, wanted, who);
          const expected = oracle(latest, null, wanted, who);
          expect(all.total).toBe(expected.total);
          expect(sorted(all.facets)).toEqual(sorted(expected.facets));

          const listed = [...new Set(some)];
          const subset = index.summarize(listed, {}, who);
          const expectedSubset = oracle(latest, listed, {}, who);
          expect(subset.total).toBe(expectedSubset.total);
          expect(sorted(subset.facets)).toEqual(sorted(expectedSubset.facets));
          expect(index.version).toBe(changes.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("orders counts from the largest, then by key", () => {
    const index = new FacetIndex(noDatabase);
    const base = {
      version: 1,
      removed: false,
      work_visibility: "public",
      verified: false,
      level: "local",
      regions: [],
      countries: [],
      issues: [],
      capacities: [],
      languages: [],
    };
    index.apply(
      [
        { ...base, seq: 1, types: ["b", "a"] },
        { ...base, seq: 2, types: ["b"] },
      ],
      1,
    );
    const types = index.summarize(null, {}, ["public"]).facets.filter((f) => f.facet === "type");
    expect(types).toEqual([
      { facet: "type", key: "b", count: 2 },
      { facet: "type", key: "a", count: 1 },
    ]);
  });
});
