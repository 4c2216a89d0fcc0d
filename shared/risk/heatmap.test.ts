import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RiskRating, heatMap, levelOf, riskCategories, riskLevels } from "./heatmap.ts";

const organization = fc.record({
  organizationId: fc.uuid(),
  name: fc.string({ minLength: 1, maxLength: 20 }),
  shareByName: fc.boolean(),
});
/** Up to 12 organisations, each rating some categories. */
const ratings: fc.Arbitrary<RiskRating[]> = fc
  .uniqueArray(organization, { maxLength: 12, selector: (o) => o.organizationId })
  .chain((orgs) =>
    fc
      .tuple(
        ...orgs.map(() =>
          fc.uniqueArray(
            fc.record({
              category: fc.constantFrom(...riskCategories),
              likelihood: fc.integer({ min: 1, max: 5 }),
              impact: fc.integer({ min: 1, max: 5 }),
            }),
            { selector: (r) => r.category, maxLength: 6 },
          ),
        ),
      )
      .map((perOrg) =>
        perOrg.flatMap((rs, i) => {
          const org = orgs[i];
          return org ? rs.map((r) => ({ ...org, ...r })) : [];
        }),
      ),
  );

describe("the risk heat map", () => {
  it("sorts likelihood × impact into four levels", () => {
    expect(levelOf(1, 1)).toBe("low");
    expect(levelOf(2, 2)).toBe("low");
    expect(levelOf(3, 3)).toBe("medium");
    expect(levelOf(4, 4)).toBe("high");
    expect(levelOf(5, 4)).toBe("severe");
    expect(levelOf(5, 5)).toBe("severe");
  });

  it("shows a level's unnamed organisations only in groups of three or more", () => {
    const at = (id: string, likelihood: number, shareByName = false): RiskRating => ({
      organizationId: id,
      name: id,
      category: "access",
      likelihood,
      impact: likelihood,
      shareByName,
    });
    const three = heatMap([at("a", 5), at("b", 5), at("c", 5), at("e", 1, true)]).cells;
    expect(three.find((c) => c.category === "access" && c.level === "severe")).toMatchObject({
      named: [],
      others: 3,
    });
    expect(three.find((c) => c.category === "access" && c.level === "low")).toMatchObject({
      named: ["e"],
      others: 0,
    });
    // One more, unnamed, at low: alone it is hidden, and since "3 severe" and the number who
    // answered would give it away, the severe figure is hidden as well.
    const four = heatMap([at("a", 5), at("b", 5), at("c", 5), at("d", 1), at("e", 1, true)]).cells;
    const access = four.filter((c) => c.category === "access");
    expect(access.find((c) => c.level === "severe")).toMatchObject({ named: [], others: null });
    expect(access.find((c) => c.level === "low")).toMatchObject({ named: ["e"], others: null });
  });

  it("hides a second cell when one hidden figure could be worked out from the row", () => {
    const ratingsOf = (levels: number[]) =>
      levels.map((l, i): RiskRating => ({
        organizationId: `o${i}`,
        name: `o${i}`,
        category: "legal",
        likelihood: l,
        impact: l,
        shareByName: false,
      }));
    // Four at severe, one at low: showing "4 severe" and how many answered gives away the one.
    const row = heatMap(ratingsOf([5, 5, 5, 5, 1])).cells.filter((c) => c.category === "legal");
    expect(row.every((c) => c.others === null || c.others === 0)).toBe(true);
    // Three severe and three low: both shown.
    const both = heatMap(ratingsOf([5, 5, 5, 1, 1, 1])).cells.filter((c) => c.category === "legal");
    expect(both.find((c) => c.level === "severe")?.others).toBe(3);
    expect(both.find((c) => c.level === "low")?.others).toBe(3);
  });

  it("is unchanged when any organisation that was not named gets another identity", () => {
    fc.assert(
      fc.property(ratings, fc.uuid(), fc.string({ maxLength: 20 }), fc.nat(), (rs, id, name, k) => {
        const unnamed = [...new Set(rs.filter((r) => !r.shareByName).map((r) => r.organizationId))];
        fc.pre(unnamed.length > 0 && !rs.some((r) => r.organizationId === id));
        const who = unnamed[k % unnamed.length];
        const renamed = rs.map((r) =>
          r.organizationId === who ? { ...r, organizationId: id, name } : r,
        );
        expect(heatMap(renamed)).toEqual(heatMap(rs));
        // Nor does the order in which the ratings arrived matter.
        expect(heatMap([...rs].reverse())).toEqual(heatMap(rs));
      }),
      { numRuns: 300 },
    );
  });

  it("never shows fewer than three unnamed organisations, nor lets such a figure be worked out", () => {
    fc.assert(
      fc.property(ratings, (rs) => {
        const map = heatMap(rs);
        for (const category of riskCategories) {
          const row = map.cells.filter((c) => c.category === category);
          expect(row.map((c) => c.level)).toEqual([...riskLevels]);
          for (const cell of row) {
            if (cell.others !== null) expect(cell.others === 0 || cell.others >= 3).toBe(true);
          }
          // What is hidden in a row is nothing, or at least three, or everything unnamed.
          const unnamed = new Set(
            rs
              .filter((r) => r.category === category && !r.shareByName)
              .map((r) => r.organizationId),
          ).size;
          const shown = row.reduce((n, c) => n + (c.others ?? 0), 0);
          const hidden = unnamed - shown;
          expect(hidden === 0 || hidden >= 3 || shown === 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("names exactly those that chose to be named, at their own level", () => {
    fc.assert(
      fc.property(ratings, (rs) => {
        const named = heatMap(rs).cells.flatMap((c) =>
          c.named.map((n) => `${c.category}:${c.level}:${n}`),
        );
        const expected = rs
          .filter((r) => r.shareByName)
          .map((r) => `${r.category}:${levelOf(r.likelihood, r.impact)}:${r.name}`);
        expect(named.sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});
