import type { CoalitionRole } from "../../../shared/coalitions.ts";
import type { Tx } from "../../db/client.ts";
import { Forbidden, Unauthorized } from "../../lib/errors.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionsService, Standing } from "../coalitions/coalitions.service.ts";
import type { MeetingsRepo } from "./meetings.repo.ts";

/** Roles whose representatives run meetings and follow-up. */
const convenerSideRoles: CoalitionRole[] = ["convener", "co_lead"];

/**
 * Who may do what with meetings, action items and their calendar: shared by the three
 * services so the rule is written once.
 */
export function createMeetingAccess(deps: { coalitions: CoalitionsService; repo: MeetingsRepo }) {
  const { coalitions, repo } = deps;

  /** The actor's organisations inside the coalition read (observers and suspended members too). */
  async function reader(
    actor: Actor | null,
    coalitionId: string,
  ): Promise<Standing & { actor: Actor }> {
    // standing() answers 404 for a secret coalition first, so its existence is not confirmed.
    const s = await coalitions.standing(actor, coalitionId);
    if (!actor) throw new Unauthorized();
    if (!s.inside) {
      throw new Forbidden(
        "Only organisations inside the coalition read its meetings and follow-up.",
      );
    }
    return { ...s, actor };
  }

  /** The organisations the actor represents here and may act for: active members only. */
  async function actingFor(actor: Actor, coalitionId: string, tx?: Tx) {
    const rows = await repo.representedMemberships(coalitionId, actor.userId, tx);
    return rows.filter((r) => r.status === "active");
  }

  /** The convening or co-leading organisation the actor acts for, convener first; null if none. */
  async function convenerSide(actor: Actor, coalitionId: string, tx?: Tx): Promise<string | null> {
    const mine = (await actingFor(actor, coalitionId, tx)).filter((r) =>
      convenerSideRoles.includes(r.role),
    );
    mine.sort((a, b) => convenerSideRoles.indexOf(a.role) - convenerSideRoles.indexOf(b.role));
    return mine[0]?.organizationId ?? null;
  }

  async function requireConvenerSide(
    actor: Actor,
    coalitionId: string,
    tx: Tx | undefined,
    doing: string,
  ): Promise<string> {
    const org = await convenerSide(actor, coalitionId, tx);
    if (!org) {
      throw new Forbidden(
        `Only representatives of the convening and co-lead organisations ${doing}.`,
      );
    }
    return org;
  }

  /** Whether the actor represents this organisation, an active member of the coalition. */
  async function represents(actor: Actor, coalitionId: string, organizationId: string, tx?: Tx) {
    return (await actingFor(actor, coalitionId, tx)).some(
      (r) => r.organizationId === organizationId,
    );
  }

  return { reader, convenerSide, requireConvenerSide, represents };
}
export type MeetingAccess = ReturnType<typeof createMeetingAccess>;
