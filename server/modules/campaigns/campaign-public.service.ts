import type { PublicCampaign } from "../../../shared/campaigns/core.ts";
import { NotFound } from "../../lib/errors.ts";
import { organizationsTakingPart } from "./campaign-part.ts";
import type { Names } from "../../lib/names.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { CampaignsRepo } from "./campaigns.repo.ts";

const noSuchCampaign = "No such campaign.";

/** The campaign as anyone may read it: only the parts it chose to publish. */
export function createPublicCampaignService(deps: {
  repo: CampaignsRepo;
  coalitions: Pick<CoalitionDirectory, "load" | "members">;
  names: Names;
}) {
  const { repo, coalitions, names } = deps;
  return {
    /** The public summary page: only what the campaign chose to publish; otherwise no such page. */
    async publicSummary(id: string): Promise<PublicCampaign> {
      const row = await repo.findById(id);
      const parts = row?.publishedParts;
      if (!row || !parts) throw new NotFound(noSuchCampaign);
      const inCoalition = row.coalitionId ? await coalitions.load(null, row.coalitionId) : null;
      const [objectives, outcomes, orgIds] = await Promise.all([
        parts.objectives ? repo.publicObjectives(id) : null,
        parts.outcomes ? repo.publicOutcomes(id) : null,
        parts.organizations ? organizationsTakingPart(coalitions, row) : null,
      ]);
      let organizations: { organizationId: string; name: string }[] | null = null;
      if (orgIds) {
        // Outside the coalition, only members that chose to be named are named, and the lead.
        const named = row.coalitionId
          ? (await coalitions.members(row.coalitionId, { statuses: ["active"] }))
              .filter(
                (m) =>
                  (m.namedPublicly && inCoalition?.coalition.visibility !== "secret") ||
                  m.organizationId === row.leadOrganizationId,
              )
              .map((m) => m.organizationId)
          : orgIds;
        const orgNames = await names.organizations(named);
        organizations = named.map((organizationId) => ({
          organizationId,
          name: orgNames.get(organizationId) ?? "",
        }));
      }
      return {
        id: row.id,
        title: row.title,
        status: row.status,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        coalition:
          inCoalition && inCoalition.coalition.visibility !== "secret"
            ? { id: inCoalition.coalition.id, name: inCoalition.coalition.name }
            : null,
        goal: parts.goal ? row.goal : null,
        problem: parts.problem ? row.problem : null,
        organizations,
        objectives,
        outcomes,
      };
    },
  };
}
