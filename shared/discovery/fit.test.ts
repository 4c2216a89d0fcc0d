import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidateArb, countryRegion, need, needArb, vocab } from "./fixtures.ts";
import { type Fit, fitOf } from "./fit.ts";

const taxonomy = {
  issueParent: new Map([
    ["freedom_of_expression", "civil_political"],
    ["arbitrary_detention", "civil_political"],
    ["arms_transfers", "arms"],
    ["international_crimes", "justice"],
  ]),
  countryRegion,
};
const rank: Record<Fit, number> = { none: 0, weak: 1, strong: 2 };
const org = (over: { issues?: string[]; countries?: string[]; regions?: string[] }) => ({
  issues: [],
  countries: [],
  regions: [],
  ...over,
});

describe("fit of an organisation to a need's issues and places", () => {
  const yemenArms = need({ issues: ["arms_transfers", "international_crimes"], countries: ["YE"] });

  it("tells the Geneva litigator from the Haiti detention clinic for a Yemen arms case", () => {
    const geneva = org({ issues: ["international_crimes"], countries: ["CH", "YE", "SY"] });
    const haiti = org({ issues: ["arbitrary_detention"], countries: ["HT"] });
    expect(fitOf(yemenArms, geneva, taxonomy)).toBe("strong");
    expect(fitOf(yemenArms, haiti, taxonomy)).toBe("none");
    expect(fitOf(yemenArms, org({ issues: ["arms"], countries: ["FR"] }), taxonomy)).toBe("weak");
  });

  it("places a country by its humanitarian grouping as well as its UN region", () => {
    const mena = need({ issues: ["arms_transfers"], regions: ["mena"] });
    expect(fitOf(mena, org({ issues: ["arms_transfers"], countries: ["YE"] }), taxonomy)).toBe(
      "strong",
    );
    expect(fitOf(mena, org({ issues: ["arms_transfers"], countries: ["ML"] }), taxonomy)).toBe(
      "weak",
    );
    const sahel = need({ regions: ["sahel"] });
    expect(fitOf(sahel, org({ countries: ["ML"] }), taxonomy)).toBe("strong");
    // No issue asked: that dimension fits anything, so the wrong place leaves it weak.
    expect(fitOf(sahel, org({ countries: ["KE"] }), taxonomy)).toBe("weak");
  });

  it("fits anything strongly when the need names no issue and no place", () => {
    fc.assert(
      fc.property(
        candidateArb(fc.constant("x")),
        fc.array(fc.constantFrom(...vocab.capacities)),
        (c, caps) => {
          expect(fitOf(need({ capacities: [...new Set(caps)] }), c, taxonomy)).toBe("strong");
        },
      ),
    );
  });

  it("is strong exactly when both dimensions fit, and none when neither does", () => {
    fc.assert(
      fc.property(needArb, candidateArb(fc.constant("x")), (n, c) => {
        const fit = fitOf(n, c, taxonomy);
        const issues = fitOf({ ...n, countries: [], regions: [] }, c, taxonomy) === "strong";
        const places = fitOf({ ...n, issues: [] }, c, taxonomy) === "strong";
        expect(fit).toBe(issues && places ? "strong" : issues || places ? "weak" : "none");
      }),
    );
  });

  it("never fits less when the organisation takes on one of the need's issues or places", () => {
    fc.assert(
      fc.property(needArb, candidateArb(fc.constant("x")), fc.nat(), (n, c, at) => {
        const before = fitOf(n, c, taxonomy);
        const terms = [
          ...n.issues.map((i) => ["issues", i] as const),
          ...n.countries.map((k) => ["countries", k] as const),
        ];
        if (!terms.length) return;
        const [field, key] = terms[at % terms.length]!;
        const after = fitOf(n, { ...c, [field]: [...c[field], key] }, taxonomy);
        expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
        // Sharing a need term fits that dimension, so it is never "none" afterwards.
        expect(after).not.toBe("none");
      }),
    );
  });

  it("never fits more when the need asks for more issues and places, each organisation alike", () => {
    fc.assert(
      fc.property(needArb, needArb, candidateArb(fc.constant("x")), (a, b, c) => {
        // Widening the need (more issues, more places) can only make more organisations fit.
        const wider = need({
          issues: [...new Set([...a.issues, ...b.issues])],
          countries: [...new Set([...a.countries, ...b.countries])],
          regions: [...new Set([...a.regions, ...b.regions])],
        });
        const narrow = need({ issues: a.issues, countries: a.countries, regions: a.regions });
        if (!narrow.issues.length || !(narrow.countries.length + narrow.regions.length)) return;
        expect(rank[fitOf(wider, c, taxonomy)]).toBeGreaterThanOrEqual(
          rank[fitOf(narrow, c, taxonomy)],
        );
      }),
    );
  });
});
