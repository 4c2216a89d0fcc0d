import type { RiskLevel } from "../risk/heatmap.ts";

/*
 * Who fronts a public action (issue 13): which member organisations should sign or speak
 * publicly and which should support privately, from each one's own risk answers, its posture,
 * its legitimacy for the place and audience, and its languages. The reasons are codes the
 * reader's client words in its language, as discovery's explanations are.
 */

export type FrontingCandidate = {
  organizationId: string;
  name: string;
  /** Its profile's postures (taxonomy keys): public facts. */
  postures: readonly string[];
  /** The highest level among its own risk answers for this action; private to it. */
  ownRisk: RiskLevel | null;
  /** Local or national, working in the action's country. */
  local: boolean;
  verified: boolean;
  /** How many of the capacities the action needs it holds. */
  relevantCapacities: number;
  /** Whether it works in a language of the action's audience. */
  audienceLanguage: boolean;
};

export type FrontingReason =
  | "local"
  | "verified"
  | "capacities"
  | "audience_language"
  | "speaks_publicly"
  | "no_public_association"
  | "private_diplomacy"
  | "own_risk";

export type Fronting = "front" | "sign" | "support_privately";

export type FrontingAdvice = {
  organizationId: string;
  name: string;
  advice: Fronting;
  /** The reasons, as the viewer may read them: another's risk answers never appear. */
  reasons: FrontingReason[];
};

const heavy = new Set<RiskLevel>(["high", "severe"]);

/** How much public legitimacy a candidate brings to fronting, and why. */
function weigh(c: FrontingCandidate) {
  const reasons: FrontingReason[] = [];
  let score = 0;
  const count = (reason: FrontingReason, points: number) => {
    reasons.push(reason);
    score += points;
  };
  if (c.local) count("local", 3);
  if (c.relevantCapacities > 0) count("capacities", Math.min(3, c.relevantCapacities));
  if (c.verified) count("verified", 1);
  if (c.audienceLanguage) count("audience_language", 1);
  if (c.postures.includes("speaks_publicly")) count("speaks_publicly", 1);
  return { score, reasons };
}

/**
 * The advice for each candidate, as `viewerOrganizationIds` may read it. Those that cannot be
 * publicly associated, prefer private diplomacy, or whose own answers put them at high risk
 * support privately; of the rest, the `fronts` with the most public legitimacy front and the
 * others sign. To anyone but the organisation itself, private support is explained only by
 * public facts (its postures) and a reason from its own risk answers is never shown; another
 * organisation's risk answers never change the reasons given for anyone else. (They can
 * change who fronts: an organisation at high risk leaves the ranking, and that much a reader
 * may infer from its advice; the docs say so.)
 */
export function recommendFronting(
  candidates: readonly FrontingCandidate[],
  viewerOrganizationIds: readonly string[],
  fronts = 3,
): FrontingAdvice[] {
  const viewer = new Set(viewerOrganizationIds);
  const privately: FrontingAdvice[] = [];
  const publicly: (FrontingAdvice & { score: number })[] = [];
  for (const c of candidates) {
    const reasons: FrontingReason[] = [];
    if (c.postures.includes("no_public_association")) reasons.push("no_public_association");
    if (c.postures.includes("private_diplomacy")) reasons.push("private_diplomacy");
    const risky = c.ownRisk !== null && heavy.has(c.ownRisk);
    if (risky && viewer.has(c.organizationId)) reasons.push("own_risk");
    if (reasons.length || risky) {
      privately.push({
        organizationId: c.organizationId,
        name: c.name,
        advice: "support_privately",
        reasons,
      });
      continue;
    }
    const { score, reasons: why } = weigh(c);
    publicly.push({
      organizationId: c.organizationId,
      name: c.name,
      advice: "sign",
      reasons: why,
      score,
    });
  }
  publicly.sort(
    (a, b) =>
      b.score - a.score ||
      a.name.localeCompare(b.name) ||
      a.organizationId.localeCompare(b.organizationId),
  );
  const advised = publicly.map(({ score: _score, ...advice }, index) => ({
    ...advice,
    advice: index < fronts ? ("front" as const) : ("sign" as const),
  }));
  return [...advised, ...privately.sort((a, b) => a.name.localeCompare(b.name))];
}
