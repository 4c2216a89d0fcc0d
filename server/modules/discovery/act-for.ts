import { checkOrganization } from "../../../shared/policy/index.ts";
import { enforce } from "../../lib/authorize.ts";
import { NotFound } from "../../lib/errors.ts";
import type { Actor } from "../auth/actor.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";

/**
 * The viewer acts for this organisation (searches for partners, centres the network on it),
 * as the profile policy says: its own people may, a hidden one is unknown to anyone else.
 */
export async function requireActingFor(
  organizations: Pick<OrganizationDirectory, "find" | "roleOf">,
  actor: Actor,
  organizationId: string,
) {
  const org = await organizations.find(organizationId);
  if (!org) throw new NotFound("No such organisation.");
  const viewer = {
    signedIn: true,
    platformAdmin: actor.isPlatformAdmin,
    role: await organizations.roleOf(organizationId, actor.userId),
  };
  enforce(checkOrganization(viewer, org, "organization.actFor"), "No such organisation.");
}
