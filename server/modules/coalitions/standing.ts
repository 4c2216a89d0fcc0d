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
export function createStandingReader(deps: {
  repo: Pick<CoalitionsRepo, "findById" | "linksOf">;
  membershipsOf: MembershipsOf;
}) {
  const { repo, membershipsOf } = deps;

  async function load(
    actor: Actor | null,
    coalitionId: string,
    tx?: Tx,
  ): Promise<InCoalition | null> {
    const [coalition, organizations] = await Promise.all([
      repo.findById(coalitionId, tx),
      actor ? membershipsOf(actor.userId, tx) : [],
    ]);
    if (!coalition) return null;
    const links = actor
      ? await repo.linksOf(
          coalitionId,
          organizations.map((o) => o.organizationId),
          actor.userId,
          tx,
        )
      : [];
    const linkOf = new Map(links.map((l) => [l.organizationId, l]));
    return {
      coalition,
      standing: {
        viewer: actor ? { userId: actor.userId, platformAdmin: actor.isPlatformAdmin } : null,
        coalition: {
          visibility: coalition.visibility,
          memberListVisibility: coalition.memberListVisibility,
        },
        organizations: organizations.map((o) => {
          const link = linkOf.get(o.organizationId);
          return {
            organizationId: o.organizationId,
            orgRole: o.role,
            membership: link
              ? { role: link.role, status: link.status, represented: link.represented }
              : null,
          };
        }),
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
