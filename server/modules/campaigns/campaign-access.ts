import {
  type CampaignAction,
  type CampaignFacts,
  type CampaignStanding,
  type CampaignSubjectArgs,
  campaignStandingInCoalition,
  campaignStandingInOrganization,
  checkCampaign,
} from "../../../shared/policy/index.ts";
import type { Tx } from "../../db/client.ts";
import { enforce } from "../../lib/authorize.ts";
import { NotFound } from "../../lib/errors.ts";
import type { Actor } from "../auth/actor.ts";
import type {
  CoalitionDirectory,
  InCoalition,
  MembershipsOf,
} from "../coalitions/coalitions.module.ts";
import type { CampaignRow, CampaignsRepo } from "./campaigns.repo.ts";

/** A campaign and the viewer's standing in it, read once per request. */
export type InCampaign = {
  campaign: CampaignRow;
  standing: CampaignStanding;
  /** The coalition's standing, for a coalition campaign. */
  inCoalition: InCoalition | null;
};

export const factsOf = (row: CampaignRow): CampaignFacts => ({
  leadOrganizationId: row.leadOrganizationId,
  fundMonitor: row.fundMonitorOrganizationId
    ? { kind: "organization", id: row.fundMonitorOrganizationId }
    : row.fundMonitorUserId
      ? { kind: "person", id: row.fundMonitorUserId }
      : null,
});

/**
 * Reads the rows a campaign standing is made of (the coalition's standing, or the viewer's
 * role in the owner organisation); shared/policy/campaign.ts decides everything else. Every
 * part of a campaign (objectives, stakeholders, the workplan…) asks here.
 */
export function createCampaignAccess(deps: {
  repo: Pick<CampaignsRepo, "findById">;
  coalitions: Pick<CoalitionDirectory, "load">;
  membershipsOf: MembershipsOf;
}) {
  const { repo, coalitions, membershipsOf } = deps;

  async function standingOf(
    actor: Actor | null,
    campaign: CampaignRow,
    tx?: Tx,
  ): Promise<Omit<InCampaign, "campaign">> {
    const viewer = actor ? { userId: actor.userId, platformAdmin: actor.isPlatformAdmin } : null;
    if (campaign.coalitionId) {
      const inCoalition = await coalitions.load(actor, campaign.coalitionId, tx);
      if (inCoalition) {
        return {
          inCoalition,
          standing: campaignStandingInCoalition(inCoalition.standing, factsOf(campaign)),
        };
      }
    }
    const owner = campaign.ownerOrganizationId ?? "";
    const roles = actor ? await membershipsOf(actor.userId, tx) : [];
    const role = roles.find((r) => r.organizationId === owner)?.role ?? null;
    return {
      inCoalition: null,
      standing: campaignStandingInOrganization(viewer, owner, role, factsOf(campaign)),
    };
  }

  /** The campaign, or null when it does not exist. */
  async function load(
    actor: Actor | null,
    campaignId: string,
    tx?: Tx,
  ): Promise<InCampaign | null> {
    const campaign = await repo.findById(campaignId, tx);
    if (!campaign) return null;
    return { campaign, ...(await standingOf(actor, campaign, tx)) };
  }

  /**
   * Loads the campaign and checks the action. Anyone who may not know of it is refused with
   * `unknown`, exactly as for a campaign (or a thing inside one) that does not exist.
   */
  async function authorize<A extends CampaignAction>(
    actor: Actor | null,
    campaignId: string,
    options: { unknown?: string; tx?: Tx | undefined },
    action: A,
    ...subject: CampaignSubjectArgs<A>
  ): Promise<InCampaign> {
    const unknown = options.unknown ?? "No such campaign.";
    const found = await load(actor, campaignId, options.tx);
    if (!found) throw new NotFound(unknown);
    enforce(checkCampaign(found.standing, action, ...subject), unknown);
    return found;
  }

  /** Checks another action against a standing already read (no new query). */
  function also<A extends CampaignAction>(
    found: InCampaign,
    unknown: string,
    action: A,
    ...subject: CampaignSubjectArgs<A>
  ) {
    enforce(checkCampaign(found.standing, action, ...subject), unknown);
  }

  return { load, authorize, also, standingOf };
}
export type CampaignAccess = ReturnType<typeof createCampaignAccess>;
