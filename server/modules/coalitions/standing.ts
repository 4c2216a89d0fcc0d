import type { SQL } from "drizzle-orm";
import type { OrgRole } from "../../../shared/organizations.ts";
import {
  type CoalitionAction,
  type CoalitionStanding,
  type SubjectArgs,
  check,
} from "../../../shared/policy/index.ts";
import type { Db, Tx } from "../../db/client.ts";
import { enforce } from "../../lib/authorize.ts";
import { NotFound } from "../../lib/errors.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionRow, CoalitionsRepo } from "./coalitions.repo.ts";

/** The viewer's organisations and their role in each: what the organisations module tells. */
export type MembershipsOf = (
  userId: string,
  tx?: Db | Tx,
) => Promise<{ organizationId: string; role: OrgRole }[]>;

/** A coalition and the viewer's standing in it, read once per request. */
export type InCoalition = { coalition: CoalitionRow; standing: CoalitionStanding };

/**
 * Reads the rows a standing is made of; the policy in shared/policy decides everything else.
 * Reads inside a transaction see what the transaction has locked, so a right taken away a
 * moment ago cannot still be used.
 */
/** The viewer's memberships as a subquery (organization_id, role), from the organisations module. */
export type MembershipRows = (userId: string) => SQL;

export function createStandingReader(deps: {
  repo: Pick<CoalitionsRepo, "findById" | "findWithViewer">;
  membershipRows: MembershipRows;
}) {
  const { repo, membershipRows } = deps;

  async function load(
    actor: Actor | null,
    coalitionId: string,
    tx?: Tx,
  ): Promise<InCoalition | null> {
    const found = actor
      ? await repo.findWithViewer(coalitionId, actor.userId, membershipRows(actor.userId), tx)
      : await repo
          .findById(coalitionId, tx)
          .then((coalition) => (coalition ? { coalition, organizations: [] } : undefined));
    if (!found) return null;
    const { coalition, organizations } = found;
    return {
      coalition,
      standing: {
        viewer: actor ? { userId: actor.userId, platformAdmin: actor.isPlatformAdmin } : null,
        coalition: {
          visibility: coalition.visibility,
          memberListVisibility: coalition.memberListVisibility,
        },
        organizations: organizations.map((o) => ({
          organizationId: o.organizationId,
          orgRole: o.orgRole,
          membership: o.link
            ? { role: o.link.role, status: o.link.status, represented: o.link.represented }
            : null,
        })),
      },
    };
  }

  /**
   * Loads the coalition and checks the action, refusing with `unknown` (the "No such …" of the
   * thing asked about) where the viewer may not know of it.
   */
  async function authorize<A extends CoalitionAction>(
    actor: Actor | null,
    coalitionId: string,
    options: { unknown: string; tx?: Tx | undefined },
    action: A,
    ...subject: SubjectArgs<A>
  ): Promise<InCoalition> {
    const found = await load(actor, coalitionId, options.tx);
    if (!found) throw new NotFound(options.unknown);
    enforce(check(found.standing, action, ...subject), options.unknown);
    return found;
  }

  return { load, authorize };
}
export type StandingReader = ReturnType<typeof createStandingReader>;
