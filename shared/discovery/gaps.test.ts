import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countryRegion, vocab } from "./fixtures.ts";
import { charterScopeOf, coalitionGaps } from "./gaps.ts";
import { countryInRegion } from "./places.ts";

const taxonomy = {
  issueParent: new Map([["freedom_of_expression", "civil_political"]]),
  countryRegion,
};
const subset = (list: string[], max = list.length) =>
  fc.uniqueArray(fc.constantFrom(...list), { maxLength: max });
const workArb = fc.record({
  issues: subset(vocab.issues, 3),
  countries: subset(vocab.countries, 3),
  regions: subset(vocab.regions, 1),
  capacities: subset(vocab.capacities, 4),
});
const scopeArb = fc
  .record({
    issues: subset(vocab.issues, 2),
    countries: subset(vocab.countries, 2),
    regions: subset(vocab.regions, 1),
  })
  .filter((s) => s.issues.length + s.countries.length + s.regions.length > 0);
const caseArb = fc.record({
  scope: scopeArb,
  members: fc.array(fc.record({ capacities: subset(vocab.capacities, 3) }), { maxLength: 4 }),
  directory: fc.array(workArb, { maxLength: 12 }),
});

/** The definition, read independently: works on an issue (or sub-issue), else in a place. */
const withinScope = (
  scope: { issues: string[]; countries: string[]; regions: string[] },
  o: { issues: string[]; countries: string[]; regions: string[] },
) =>
  scope.issues.length
    ? o.issues.some(
        (i) => scope.issues.includes(i) || scope.issues.includes(taxonomy.issueParent.get(i) ?? ""),
      )
    : o.regions.some((r) => scope.regions.includes(r)) ||
      o.countries.some(
        (c) =>
          scope.countries.includes(c) ||
          scope.regions.some((r) => countryInRegion(c, r, countryRegion)),
      );

describe("what a coalition is missing, from its charter's scope", () => {
  it("lists a capacity the scope calls for when every member lacks it", () => {
    fc.assert(
      fc.property(caseArb, ({ scope, members, directory }) => {
        const gaps = coalitionGaps(scope, members, directory, taxonomy);
        const listed = new Set(gaps.capacities.map((g) => g.capacity));
        for (const capacity of vocab.capacities) {
          const lacked = members.every((m) => !m.capacities.includes(capacity));
          const calledFor = directory.some(
            (o) => withinScope(scope, o) && o.capacities.includes(capacity),
          );
          expect(listed.has(capacity)).toBe(lacked && calledFor);
        }
      }),
    );
  });

  it("never lists a capacity a member offers", () => {
    fc.assert(
      fc.property(caseArb, ({ scope, members, directory }) => {
        const held = new Set(members.flatMap((m) => m.capacities));
        const gaps = coalitionGaps(scope, members, directory, taxonomy);
        expect(gaps.capacities.filter((g) => held.has(g.capacity))).toEqual([]);
      }),
    );
  });

  it("stays within the scope: its issues and places are the scope's, nothing else", () => {
    fc.assert(
      fc.property(caseArb, ({ scope, members, directory }) => {
        const gaps = coalitionGaps(scope, members, directory, taxonomy);
        expect(gaps.issues).toEqual(scope.issues);
        expect(gaps.countries).toEqual(scope.countries);
        expect(gaps.regions).toEqual(scope.regions);
        const counts = gaps.capacities.map((g) => g.organizations);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
        for (const g of gaps.capacities) {
          const offering = directory.filter(
            (o) => withinScope(scope, o) && o.capacities.includes(g.capacity),
          );
          expect(g.organizations).toBe(offering.length);
        }
      }),
    );
  });

  it("ignores what organisations outside the scope offer, and counts sub-issues in", () => {
    const gaps = coalitionGaps(
      { issues: ["civil_political"], countries: [], regions: [] },
      [{ capacities: ["media"] }],
      [
        {
          issues: ["freedom_of_expression"],
          countries: [],
          regions: [],
          capacities: ["litigation", "media"],
        },
        { issues: ["arms_transfers"], countries: [], regions: [], capacities: ["funding"] },
      ],
      taxonomy,
    );
    expect(gaps.capacities).toEqual([{ capacity: "litigation", organizations: 1 }]);
  });

  it("has no scope until the charter names one", () => {
    expect(charterScopeOf(undefined)).toBeNull();
    expect(charterScopeOf({ issues: [], countries: [] })).toBeNull();
    expect(charterScopeOf({ countries: ["YE"] })).toEqual({
      issues: [],
      countries: ["YE"],
      regions: [],
    });
  });
});
