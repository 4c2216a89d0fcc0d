import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultWeights, scoreParts } from "../discovery.ts";
import {
  candidatesArb,
  need,
  needArb,
  profile,
  side,
  sideArb,
  statsOf,
  weights,
} from "./fixtures.ts";
import { TermDictionary, compileCandidate } from "./compiled.ts";
import { prepareNeed } from "./need.ts";
import {
  compareScored,
  passesFilters,
  quickScore,
  rankCandidates,
  scoreCandidate,
} from "./score.ts";
import type { CandidateProfile } from "./types.ts";

/** Ranks hand-built candidates (the population also sets the rarity of terms). */
function rank(
  candidates: CandidateProfile[],
  n = need(),
  s = side(),
  w = weights,
  population = candidates,
) {
  const prepared = prepareNeed(n, s, statsOf(population), w);
  return rankCandidates(prepared, candidates, 50).items;
}
const order = (list: { id: string }[]) => list.map((x) => x.id);

describe("ranking on hand-built cases", () => {
  it("puts an organisation bringing two missing capacities above one bringing one", () => {
    const n = need({ capacities: ["litigation", "un_mechanisms", "media"] });
    const ranked = rank(
      [
        profile({ id: "one", capacities: ["litigation"] }),
        profile({ id: "two", capacities: ["litigation", "un_mechanisms"] }),
        profile({ id: "none", capacities: ["documentation"] }),
      ],
      n,
    );
    expect(order(ranked)).toEqual(["two", "one", "none"]);
    expect(ranked[0]?.reasons.brings).toEqual(["litigation", "un_mechanisms"]);
  });

  it("does not count a capacity the requester already has", () => {
    const n = need({ capacities: ["litigation", "media"] });
    const s = side({ capacities: new Set(["litigation"]) });
    const ranked = rank(
      [
        profile({ id: "litigator", capacities: ["litigation"] }),
        profile({ id: "press", capacities: ["media"] }),
      ],
      n,
      s,
    );
    expect(order(ranked)).toEqual(["press", "litigator"]);
    expect(ranked[1]?.parts.complementarity).toBe(0);
  });

  it("weighs a rare shared issue above a common one", () => {
    const n = need({ issues: ["arms_transfers", "detention"] });
    const common = Array.from({ length: 8 }, (_, i) =>
      profile({ id: `crowd-${i}`, issues: ["detention"] }),
    );
    const rare = profile({ id: "rare", issues: ["arms_transfers"] });
    const usual = profile({ id: "usual", issues: ["detention"] });
    const ranked = rank([rare, usual], n, side(), weights, [rare, usual, ...common]);
    expect(order(ranked)).toEqual(["rare", "usual"]);
  });

  it("matches a broad need issue with its narrower terms", () => {
    const n = need({ issues: ["civil_political"] });
    const [first] = rank([profile({ id: "fox", issues: ["freedom_of_expression"] })], n);
    expect(first?.parts.commonGround).toBeGreaterThan(0);
    expect(first?.reasons.sharedIssues).toEqual(["freedom_of_expression"]);
  });

  it("ranks a local organisation in the affected country above an international one", () => {
    const n = need({ countries: ["YE"] });
    const ranked = rank(
      [
        profile({ id: "global", level: "international", countries: ["YE"] }),
        profile({ id: "local", level: "local", countries: ["YE"] }),
        profile({ id: "elsewhere", level: "local", countries: ["CO"] }),
      ],
      n,
    );
    expect(order(ranked)).toEqual(["local", "global", "elsewhere"]);
    expect(ranked[0]?.reasons.localIn).toEqual(["YE"]);
    expect(ranked[2]?.parts.localLeadership).toBe(0);
  });

  it("favours a frame the requester side does not have yet", () => {
    const ranked = rank([
      profile({ id: "same", types: ["human_rights"] }),
      profile({ id: "faith", types: ["faith_based"] }),
    ]);
    expect(order(ranked)).toEqual(["faith", "same"]);
    expect(ranked[0]?.reasons.newTypes).toEqual(["faith_based"]);
  });

  it("counts verification and shared coalitions as trust", () => {
    const ranked = rank([
      profile({ id: "plain" }),
      profile({ id: "verified", verified: true }),
      profile({ id: "known", verified: true, sharedCoalitions: 2 }),
    ]);
    expect(order(ranked)).toEqual(["known", "verified", "plain"]);
    expect(ranked[0]?.parts.trust).toBe(1);
  });

  it("applies the need's hard filters", () => {
    const n = need({
      languages: ["ar"],
      languagesRequired: true,
      postures: ["litigates"],
      posturesRequired: true,
      excludeTypes: ["humanitarian"],
    });
    const ranked = rank(
      [
        profile({ id: "fits", languages: ["ar"], postures: ["litigates"] }),
        profile({ id: "no-arabic", languages: ["en"], postures: ["litigates"] }),
        // Postures hidden from the searcher arrive empty, so they cannot satisfy a filter.
        profile({ id: "hidden-postures", languages: ["ar"], postures: [] }),
        profile({
          id: "excluded-type",
          types: ["humanitarian"],
          languages: ["ar"],
          postures: ["litigates"],
        }),
      ],
      n,
    );
    expect(order(ranked)).toEqual(["fits"]);
  });

  it("never suggests the requester side itself", () => {
    const s = side({ excluded: new Set(["me"]) });
    expect(order(rank([profile({ id: "me" }), profile({ id: "you" })], need(), s))).toEqual([
      "you",
    ]);
  });

  it("follows the weights: only complementarity counts when the others are zero", () => {
    const n = need({ capacities: ["litigation"], countries: ["YE"] });
    const w = {
      ...defaultWeights,
      commonGround: 0,
      reach: 0,
      localLeadership: 0,
      fit: 0,
      trust: 0,
    };
    const ranked = rank(
      [
        profile({ id: "local", level: "local", countries: ["YE"], verified: true }),
        profile({ id: "litigator", capacities: ["litigation"] }),
      ],
      n,
      side(),
      w,
    );
    expect(order(ranked)).toEqual(["litigator", "local"]);
    expect(ranked[0]?.score).toBe(100);
  });
});

describe("scoring properties", () => {
  it("keeps parts within 0–1 and points adding up to the score", () => {
    fc.assert(
      fc.property(candidatesArb, needArb, sideArb, (candidates, n, s) => {
        const prepared = prepareNeed(n, s, statsOf(candidates), weights);
        for (const c of candidates) {
          const scored = scoreCandidate(prepared, c);
          for (const part of scoreParts) {
            expect(scored.parts[part]).toBeGreaterThanOrEqual(0);
            expect(scored.parts[part]).toBeLessThanOrEqual(1);
          }
          const sum = scoreParts.reduce((a, part) => a + scored.points[part], 0);
          expect(Math.abs(sum - scored.score)).toBeLessThan(0.05);
          expect(scored.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("never lowers a score when a candidate gains a capacity", () => {
    fc.assert(
      fc.property(candidatesArb, needArb, sideArb, (candidates, n, s) => {
        const prepared = prepareNeed(n, s, statsOf(candidates), weights);
        for (const c of candidates) {
          for (const capacity of n.capacities) {
            if (c.capacities.includes(capacity)) continue;
            const richer = { ...c, capacities: [...c.capacities, capacity] };
            expect(scoreCandidate(prepared, richer).score).toBeGreaterThanOrEqual(
              scoreCandidate(prepared, c).score,
            );
          }
        }
      }),
    );
  });

  it("ranks with the same score the explanation carries", () => {
    fc.assert(
      fc.property(candidatesArb, needArb, sideArb, (candidates, n, s) => {
        const prepared = prepareNeed(n, s, statsOf(candidates), weights);
        for (const c of candidates) {
          const full = scoreCandidate(prepared, c);
          expect(quickScore(prepared, c)).toEqual({
            id: c.id,
            score: full.score,
            complementarity: full.parts.complementarity,
            localLeader: full.parts.localLeadership === 1,
          });
        }
      }),
    );
  });

  it("returns the same leaders as sorting every filtered candidate", () => {
    fc.assert(
      fc.property(
        candidatesArb,
        needArb,
        sideArb,
        fc.integer({ min: 1, max: 5 }),
        (cs, n, s, k) => {
          const prepared = prepareNeed(n, s, statsOf(cs), weights);
          const all = cs
            .filter((c) => passesFilters(prepared, c))
            .map((c) => scoreCandidate(prepared, c))
            .sort(compareScored);
          const ranked = rankCandidates(prepared, cs, k);
          expect(ranked.items).toEqual(all.slice(0, k));
          expect(ranked.considered).toBe(all.length);
        },
      ),
    );
  });

  it("scores the same whatever order the dictionary learnt its terms in", () => {
    fc.assert(
      fc.property(candidatesArb, candidatesArb, needArb, sideArb, (cs, others, n, s) => {
        // An index's dictionary has seen other organisations first, in another order, and
        // learns some terms only after the need's tables were built.
        const dict = new TermDictionary();
        for (const o of [...others].reverse()) compileCandidate(dict, o);
        const early = cs.slice(0, 3).map((c) => compileCandidate(dict, c));
        const prepared = prepareNeed(n, s, statsOf(cs), weights);
        const loose = prepareNeed(n, s, statsOf(cs), weights);
        if (early[0]) passesFilters(prepared, early[0]);
        const compiled = [...early, ...cs.slice(3).map((c) => compileCandidate(dict, c))];
        compiled.forEach((c, i) => {
          expect(passesFilters(prepared, c)).toBe(passesFilters(loose, cs[i]!));
          expect(scoreCandidate(prepared, c)).toEqual(scoreCandidate(loose, cs[i]!));
        });
      }),
    );
  });

  it("explains only what it counted", () => {
    fc.assert(
      fc.property(candidatesArb, needArb, sideArb, (candidates, n, s) => {
        const prepared = prepareNeed(n, s, statsOf(candidates), weights);
        for (const c of candidates) {
          const { reasons, parts } = scoreCandidate(prepared, c);
          for (const cap of reasons.brings) {
            expect(c.capacities).toContain(cap);
            expect(n.capacities).toContain(cap);
            expect(s.capacities.has(cap)).toBe(false);
          }
          for (const country of reasons.sharedCountries) expect(c.countries).toContain(country);
          for (const issue of reasons.sharedIssues) expect(c.issues).toContain(issue);
          expect(reasons.brings.length > 0).toBe(parts.complementarity > 0);
        }
      }),
    );
  });
});
