import type { z } from "zod";
import { type Visibility, seesGroup, speaksFor } from "../../../shared/policy/index.ts";
import type { FrontingAdviceList } from "../../../shared/risk/api.ts";
import { type RiskLevel, levelOf, riskLevels } from "../../../shared/risk/heatmap.ts";
import { type FrontingCandidate, recommendFronting } from "../../../shared/statements/fronting.ts";
import { NotFound } from "../../lib/errors.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";
import type { RatingRow, RiskRepo } from "./risk.repo.ts";

const noSuchAssessment = "No such risk assessment.";
/** Organisations that count as being from the place when they work in its country. */
const placeLevels = new Set(["local", "national"]);

/** The highest level among each organisation's own ratings: used to rank, never shown. */
function ownRiskOf(ratings: readonly RatingRow[]): Map<string, RiskLevel> {
  const highest = new Map<string, RiskLevel>();
  for (const r of ratings) {
    const level = levelOf(r.likelihood, r.impact);
    const before = highest.get(r.organizationId);
    if (!before || riskLevels.indexOf(level) > riskLevels.indexOf(before)) {
      highest.set(r.organizationId, level);
    }
  }
  return highest;
}

/**
 * Who fronts an assessed action: of the coalition's active member organisations, which should
 * sign or speak publicly and which support privately (recommendFronting). Profiles are read as
 * discovery reads them: the viewer sees a group of fields (postures; countries, capacities and
 * languages) only where the organisation shows it to signed-in people or the viewer belongs
 * to it, and what is hidden counts as absent. An organisation's own risk answers rank it but
 * appear as a reason only to its own representatives.
 */
export function createFrontingService(deps: {
  repo: RiskRepo;
  coalitions: Pick<CoalitionDirectory, "authorize" | "members">;
  organizations: Pick<OrganizationDirectory, "profilesOf" | "summaries">;
}) {
  const { repo, coalitions, organizations } = deps;

  return {
    async recommend(
      actor: Actor | null,
      assessmentId: string,
    ): Promise<z.infer<typeof FrontingAdviceList>> {
      const row = await repo.findById(assessmentId);
      if (!row) throw new NotFound(noSuchAssessment);
      const { standing } = await coalitions.authorize(
        actor,
        row.coalitionId,
        { unknown: noSuchAssessment },
        "fronting.recommend",
        { leadOrganizationId: row.leadOrganizationId },
      );
      const members = await coalitions.members(row.coalitionId, { statuses: ["active"] });
      const ids = members.map((m) => m.organizationId);
      const [profiles, summaries, ratings] = await Promise.all([
        organizations.profilesOf(ids),
        organizations.summaries(ids),
        repo.ratings(assessmentId),
      ]);
      const ownRisk = ownRiskOf(ratings);
      const belongsTo = new Set(standing.organizations.map((o) => o.organizationId));
      const shows = (organizationId: string, visibility: Visibility) =>
        belongsTo.has(organizationId) || seesGroup("signed_in", visibility);
      const audience = new Set(row.audienceLanguages);
      const needed = new Set(row.capacities);

      const candidates: FrontingCandidate[] = profiles.map((p) => {
        const summary = summaries.get(p.id);
        const work = shows(p.id, p.visibility.work);
        const countries = work ? p.countries : [];
        return {
          organizationId: p.id,
          name: p.name,
          postures: shows(p.id, p.visibility.posture) ? p.postures : [],
          ownRisk: ownRisk.get(p.id) ?? null,
          local:
            !!row.country &&
            placeLevels.has(summary?.level ?? "") &&
            (countries.includes(row.country) || summary?.headquartersCountry === row.country),
          verified: summary?.verified ?? false,
          relevantCapacities: work ? p.capacities.filter((c) => needed.has(c)).length : 0,
          audienceLanguage: work && p.workingLanguages.some((l) => audience.has(l)),
        };
      });
      return { items: recommendFronting(candidates, speaksFor(standing)) };
    },
  };
}
export type FrontingService = ReturnType<typeof createFrontingService>;
