import type { Tx } from "../../db/client.ts";
import { Invalid } from "../../lib/errors.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import type { CampaignRow } from "./campaigns.repo.ts";
import type { WorkplanRepo } from "./workplan.repo.ts";

export const unique = (ids: readonly string[] | undefined) => [...new Set(ids ?? [])];

/**
 * What an activity may name: organisations taking part, stakeholders and objectives of its
 * campaign, and activities of the same campaign to depend on, never closing a cycle.
 */
export function createWorkplanChecks(
  deps: Pick<CampaignPartDeps, "coalitions"> & { repo: WorkplanRepo },
) {
  const { coalitions, repo } = deps;

  /** The organisations that may lead or support: a coalition's active members, or the owner. */
  async function organizationsOf(row: CampaignRow, ids?: readonly string[], tx?: Tx) {
    if (!row.coalitionId) return row.ownerOrganizationId ? [row.ownerOrganizationId] : [];
    const members = await coalitions.members(
      row.coalitionId,
      { statuses: ["active"], ...(ids ? { organizationIds: ids } : {}) },
      tx,
    );
    return members.map((m) => m.organizationId);
  }

  /** Refuses, field by field, what does not belong to the campaign. */
  async function checkReferences(
    tx: Tx,
    campaign: CampaignRow,
    next: {
      leadOrganizationId?: string | undefined;
      supportingOrganizationIds?: string[] | undefined;
      stakeholderIds?: string[] | undefined;
      objectiveIds?: string[] | undefined;
    },
  ) {
    const errors: { field: string; message: string }[] = [];
    const orgIds = unique([
      ...(next.leadOrganizationId ? [next.leadOrganizationId] : []),
      ...(next.supportingOrganizationIds ?? []),
    ]);
    if (orgIds.length) {
      const allowed = new Set(await organizationsOf(campaign, orgIds, tx));
      if (next.leadOrganizationId && !allowed.has(next.leadOrganizationId)) {
        errors.push({
          field: "body.leadOrganizationId",
          message: campaign.coalitionId
            ? "is not an active member organisation of the coalition"
            : "is not the campaign's organisation",
        });
      }
      if (next.supportingOrganizationIds?.some((id) => !allowed.has(id))) {
        errors.push({
          field: "body.supportingOrganizationIds",
          message: "names an organisation that does not take part in the campaign",
        });
      }
    }
    if (next.stakeholderIds?.length) {
      const found = await repo.stakeholders(campaign.id, next.stakeholderIds, tx);
      if (found.length !== next.stakeholderIds.length) {
        errors.push({
          field: "body.stakeholderIds",
          message: "names a stakeholder that is not one of this campaign's",
        });
      }
    }
    if (next.objectiveIds?.length) {
      const found = await repo.objectives(campaign.id, next.objectiveIds, tx);
      if (found.length !== next.objectiveIds.length) {
        errors.push({
          field: "body.objectiveIds",
          message: "names an objective that is not one of this campaign's",
        });
      }
    }
    if (errors.length) {
      throw new Invalid("The activity names something outside this campaign.", errors);
    }
  }

  /**
   * The activity may depend on these: activities of the same campaign, not itself, and none
   * that already (through others) depends on it.
   */
  async function checkDependencies(
    tx: Tx,
    campaignId: string,
    activityId: string,
    dependsOn: string[],
  ) {
    if (!dependsOn.length) return;
    const field = "body.dependsOn";
    if (dependsOn.includes(activityId)) {
      throw new Invalid("An activity cannot depend on itself.", [
        { field, message: "names the activity itself" },
      ]);
    }
    const found = await repo.inCampaign(campaignId, dependsOn, tx);
    if (found.length !== dependsOn.length) {
      throw new Invalid("An activity depends only on activities of its campaign.", [
        { field, message: "names an activity that is not one of this campaign's" },
      ]);
    }
    const edges = new Map<string, string[]>();
    for (const e of await repo.campaignDependencies(campaignId, tx)) {
      if (e.activityId === activityId) continue;
      edges.set(e.activityId, [...(edges.get(e.activityId) ?? []), e.dependsOnId]);
    }
    // A cycle closes if the activity is reachable from what it would depend on.
    const seen = new Set<string>();
    const stack = [...dependsOn];
    while (stack.length) {
      const next = stack.pop() as string;
      if (next === activityId) {
        throw new Invalid("These dependencies would make a cycle.", [
          { field, message: "would make a cycle: one of these already waits for this activity" },
        ]);
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(edges.get(next) ?? []));
    }
  }

  return { organizationsOf, checkReferences, checkDependencies };
}
