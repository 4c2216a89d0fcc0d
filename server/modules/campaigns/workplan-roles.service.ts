import { type CampaignRole, campaignRoles } from "../../../shared/campaigns/catalogue.ts";
import type { RoleMatrix } from "../../../shared/campaigns/workplan.ts";
import type { Actor } from "../auth/actor.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import type { WorkplanRepo } from "./workplan.repo.ts";
import { createWorkplanChecks } from "./workplan-checks.ts";

const noSuchCampaign = "No such campaign.";

/** The role matrix: which organisation leads and supports what, per campaign role. */
export function createRoleMatrixService(deps: CampaignPartDeps & { repo: WorkplanRepo }) {
  const { access, names, repo } = deps;
  const { organizationsOf } = createWorkplanChecks(deps);

  return {
    /** Which organisation does what: per role, the activities each leads and supports. */
    async roleMatrix(actor: Actor | null, campaignId: string): Promise<RoleMatrix> {
      const found = await access.authorize(
        actor,
        campaignId,
        { unknown: noSuchCampaign },
        "campaign.read",
      );
      const [rows, members] = await Promise.all([
        repo.roles(campaignId),
        organizationsOf(found.campaign),
      ]);
      const counts = new Map<string, Map<CampaignRole, { lead: number; support: number }>>();
      const cell = (organizationId: string, role: string) => {
        const byRole = counts.get(organizationId) ?? new Map();
        counts.set(organizationId, byRole);
        const c = byRole.get(role as CampaignRole) ?? { lead: 0, support: 0 };
        byRole.set(role as CampaignRole, c);
        return c;
      };
      for (const id of members) counts.set(id, new Map());
      for (const r of rows) {
        cell(r.leadOrganizationId, r.role).lead += 1;
        for (const o of r.supportingOrganizationIds) cell(o, r.role).support += 1;
      }
      const orgNames = await names.organizations([...counts.keys()]);
      const organizations = [...counts.entries()].map(([organizationId, byRole]) => {
        const cells = campaignRoles.map((role) => ({
          role,
          ...(byRole.get(role) ?? { lead: 0, support: 0 }),
        }));
        return {
          organizationId,
          name: orgNames.get(organizationId) ?? "",
          cells,
          lead: cells.reduce((n, c) => n + c.lead, 0),
          support: cells.reduce((n, c) => n + c.support, 0),
        };
      });
      organizations.sort(
        (a, b) => a.name.localeCompare(b.name) || a.organizationId.localeCompare(b.organizationId),
      );
      return { roles: [...campaignRoles], organizations };
    },
  };
}
