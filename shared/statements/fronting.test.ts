import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { riskLevels } from "../risk/heatmap.ts";
import { type FrontingCandidate, recommendFronting } from "./fronting.ts";

const candidate: fc.Arbitrary<FrontingCandidate> = fc.record({
  organizationId: fc.uuid(),
  name: fc.string({ minLength: 1, maxLength: 12 }),
  postures: fc.subarray([
    "speaks_publicly",
    "private_diplomacy",
    "litigates",
    "no_public_association",
  ]),
  ownRisk: fc.option(fc.constantFrom(...riskLevels), { nil: null }),
  local: fc.boolean(),
  verified: fc.boolean(),
  relevantCapacities: fc.nat(5),
  audienceLanguage: fc.boolean(),
});
const candidates = fc.uniqueArray(candidate, {
  minLength: 1,
  maxLength: 10,
  selector: (c) => c.organizationId,
});

describe("who fronts a public action", () => {
  it("asks those at high risk, or that cannot be associated, to support privately", () => {
    const base = {
      postures: ["speaks_publicly"],
      local: true,
      verified: true,
      relevantCapacities: 2,
      audienceLanguage: true,
    };
    const advice = recommendFronting(
      [
        { ...base, organizationId: "aid", name: "Relief Agency", ownRisk: "severe" },
        { ...base, organizationId: "rights", name: "Rights Group", ownRisk: "low" },
        {
          ...base,
          organizationId: "church",
          name: "Church Network",
          ownRisk: null,
          postures: ["no_public_association"],
        },
      ],
      ["aid"],
    );
    expect(advice.find((a) => a.organizationId === "rights")).toMatchObject({ advice: "front" });
    expect(advice.find((a) => a.organizationId === "aid")).toMatchObject({
      advice: "support_privately",
      reasons: ["own_risk"],
    });
    expect(advice.find((a) => a.organizationId === "church")).toMatchObject({
      advice: "support_privately",
      reasons: ["no_public_association"],
    });
  });

  it("fronts at most as many as asked, and more legitimacy never takes an organisation out of front", () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 4 }), fc.nat(), (cs, fronts, pick) => {
        const advice = recommendFronting(cs, [], fronts);
        expect(advice).toHaveLength(cs.length);
        expect(advice.filter((a) => a.advice === "front").length).toBeLessThanOrEqual(fronts);
        const fronting = advice.filter((a) => a.advice === "front");
        const who = fronting[pick % Math.max(1, fronting.length)]?.organizationId;
        fc.pre(who !== undefined);
        const stronger = cs.map((c) =>
          c.organizationId === who
            ? { ...c, local: true, verified: true, audienceLanguage: true, relevantCapacities: 3 }
            : c,
        );
        expect(
          recommendFronting(stronger, [], fronts).find((a) => a.organizationId === who)?.advice,
        ).toBe("front");
      }),
      { numRuns: 300 },
    );
  });

  it("never shows an organisation's own risk answers to anyone else", () => {
    fc.assert(
      fc.property(candidates, fc.nat(), (cs, pick) => {
        const viewer = cs[pick % cs.length]?.organizationId ?? "";
        for (const a of recommendFronting(cs, [viewer])) {
          if (a.organizationId !== viewer) expect(a.reasons).not.toContain("own_risk");
          if (a.advice === "support_privately" && a.organizationId !== viewer) {
            const c = cs.find((x) => x.organizationId === a.organizationId);
            // Only its public postures explain it.
            expect(a.reasons.every((r) => c?.postures.includes(r))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives everyone else the same reasons whatever one organisation's risk answers", () => {
    fc.assert(
      fc.property(
        candidates,
        fc.nat(),
        fc.option(fc.constantFrom(...riskLevels), { nil: null }),
        (cs, pick, risk) => {
          const who = cs[pick % cs.length]?.organizationId;
          const changed = cs.map((c) => (c.organizationId === who ? { ...c, ownRisk: risk } : c));
          const reasons = (list: FrontingCandidate[]) =>
            new Map(
              recommendFronting(list, [])
                .filter((a) => a.organizationId !== who)
                .map((a) => [a.organizationId, a.reasons]),
            );
          expect(reasons(changed)).toEqual(reasons(cs));
        },
      ),
      { numRuns: 300 },
    );
  });
});
