import { reviewsOrganizations } from "../../../shared/policy/index.ts";
import { Forbidden, NotFound } from "../../lib/errors.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Actor } from "../auth/actor.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";

/** Platform administration: only users marked as platform administrators pass. */
export function createAdminService(deps: {
  organizations: Pick<OrganizationDirectory, "findById" | "listForReview" | "setVerified">;
  clock: Clock;
}) {
  const { organizations: repo, clock } = deps;
  const requireAdmin = (actor: Actor) => {
    if (!reviewsOrganizations({ platformAdmin: actor.isPlatformAdmin })) {
      throw new Forbidden("Only platform administrators may do this.");
    }
  };
  return {
    async reviewQueue(actor: Actor, verified: boolean) {
      requireAdmin(actor);
      const rows = await repo.listForReview(verified);
      return {
        items: rows.map((r) => ({
          ...r,
          verifiedAt: r.verifiedAt?.toISOString() ?? null,
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
    async setVerified(actor: Actor, organizationId: string, verified: boolean) {
      requireAdmin(actor);
      const org = await repo.findById(organizationId);
      if (!org) throw new NotFound("No such organisation.");
      const at = verified ? clock.now() : null;
      await repo.setVerified(organizationId, verified ? actor.userId : null, at);
      return {
        id: organizationId,
        verified,
        verifiedAt: at?.toISOString() ?? null,
        verifiedBy: verified ? actor.name : null,
      };
    },
  };
}
export type AdminService = ReturnType<typeof createAdminService>;
