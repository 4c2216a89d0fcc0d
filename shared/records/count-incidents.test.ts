import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Countable, countIncidents, statisticsArea } from "./count-incidents.ts";
import { keysOf, violationTypes } from "./vocab.ts";

const violations = keysOf(violationTypes) as [string, string, ...string[]];
const day = fc
  .date({ min: new Date("2020-01-01"), max: new Date("2026-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const incident: fc.Arbitrary<Countable> = fc.record({
  kind: fc.constantFrom("incident", "incident", "case", "document") as fc.Arbitrary<
    Countable["kind"]
  >,
  statisticsConsent: fc.option(fc.boolean(), { nil: undefined }),
  fields: fc.record(
    {
      occurredOn: day,
      country: fc.constantFrom("ML", "YE", "SD"),
      adminArea: fc.record(
        { name: fc.constantFrom("Mopti", "Ségou", "تعز"), pcode: fc.constantFrom("ML04", "YE15") },
        { requiredKeys: ["name"] },
      ),
      violationTypes: fc.uniqueArray(fc.constantFrom(...violations), {
        minLength: 1,
        maxLength: 3,
      }),
    },
    { requiredKeys: ["occurredOn", "country", "violationTypes"] },
  ),
});

const counted = (r: Countable) => r.kind === "incident" && r.statisticsConsent === true;

describe("the counts an owner contributes for its confidential incidents", () => {
  it("counts each consented incident once in each of its violation types, and nothing else", () => {
    fc.assert(
      fc.property(fc.array(incident, { maxLength: 60 }), (records) => {
        const cells = countIncidents(records);
        const total = cells.reduce((sum, c) => sum + c.count, 0);
        const expected = records
          .filter(counted)
          .reduce((sum, r) => sum + (r.fields.violationTypes as string[]).length, 0);
        expect(total).toBe(expected);
        // Each cell once, every count at least one, as the server requires.
        const keys = cells.map((c) => [c.month, c.country, c.area, c.violationType].join("|"));
        expect(new Set(keys).size).toBe(keys.length);
        for (const c of cells) expect(c.count).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("does not depend on the order the records were opened in", () => {
    fc.assert(
      fc.property(
        fc
          .array(incident, { maxLength: 30 })
          .chain((rs) =>
            fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length })),
          ),
        ([records, shuffled]) => {
          expect(countIncidents(shuffled)).toEqual(countIncidents(records));
        },
      ),
    );
  });

  it("places an incident by month, country and the area as statistics name it", () => {
    const cells = countIncidents([
      {
        kind: "incident",
        statisticsConsent: true,
        fields: {
          occurredOn: "2026-03-14",
          country: "ML",
          adminArea: { name: "Mopti", pcode: "ML04" },
          violationTypes: [violations[0], violations[1]],
        },
      },
      {
        kind: "incident",
        statisticsConsent: true,
        fields: { occurredOn: "2026-03-02", country: "ML", violationTypes: [violations[0]] },
      },
      // Not counted: no consent, consent withdrawn, fields that do not validate.
      {
        kind: "incident",
        fields: { occurredOn: "2026-03-02", country: "ML", violationTypes: [violations[0]] },
      },
      {
        kind: "incident",
        statisticsConsent: false,
        fields: { occurredOn: "2026-03-02", country: "ML", violationTypes: [violations[0]] },
      },
      {
        kind: "incident",
        statisticsConsent: true,
        fields: { occurredOn: "March 2026", country: "ML", violationTypes: [violations[0]] },
      },
    ]);
    expect(cells).toHaveLength(3);
    expect(cells).toEqual(
      expect.arrayContaining([
        { month: "2026-03", country: "ML", area: "", violationType: violations[0], count: 1 },
        {
          month: "2026-03",
          country: "ML",
          area: "Mopti (ML04)",
          violationType: violations[0],
          count: 1,
        },
        {
          month: "2026-03",
          country: "ML",
          area: "Mopti (ML04)",
          violationType: violations[1],
          count: 1,
        },
      ]),
    );
    expect(statisticsArea({ name: "تعز" })).toBe("تعز");
  });
});
