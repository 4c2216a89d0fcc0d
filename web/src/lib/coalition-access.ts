import type { Coalition, CoalitionRole } from "../../../shared/coalitions.ts";
import { useMe } from "./hooks.ts";
import { insideStatuses, standingOf, useCoalition, useMyOrganizations } from "./coalition-data.ts";

export type OrgChoice = { organizationId: string; name: string; role: CoalitionRole };

const convenerSideRoles: readonly CoalitionRole[] = ["convener", "co_lead"];

/**
 * What the reader may do in a coalition's meetings, follow-up and discussions. The server
 * checks every step again; this only decides what to offer.
 */
export function accessOf(coalition: Coalition, mine: Parameters<typeof standingOf>[1]) {
  const standing = standingOf(coalition, mine);
  const active = standing.memberships.filter((m) => m.status === "active" && m.represented);
  const speaksFor: OrgChoice[] = active.map(({ organizationId, name, role }) => ({
    organizationId,
    name,
    role,
  }));
  const members: OrgChoice[] = (coalition.members ?? []).flatMap((m) =>
    m.organizationId && m.name && insideStatuses.includes(m.status)
      ? [{ organizationId: m.organizationId, name: m.name, role: m.role }]
      : [],
  );
  // My own organisations are named to me even when the member list is not.
  for (const org of speaksFor) {
    if (!members.some((m) => m.organizationId === org.organizationId)) members.push(org);
  }
  const activeMembers = (coalition.members ?? []).flatMap((m) =>
    m.organizationId && m.name && m.status === "active"
      ? [{ organizationId: m.organizationId, name: m.name, role: m.role }]
      : [],
  );
  return {
    coalition,
    inside: standing.inside,
    /** Active member organisations I represent: I speak, record and update for them. */
    speaksFor,
    /** The convening and co-lead organisations I represent: I run meetings for them. */
    convenesFor: speaksFor.filter((o) => convenerSideRoles.includes(o.role)),
    /** Named organisations inside the coalition, for mentions and attendance. */
    members,
    /** Active members, who may own an action item. */
    activeMembers,
    /** The convening and co-lead organisations, who see every concern. */
    convenerSideIds: new Set(
      members.filter((m) => convenerSideRoles.includes(m.role)).map((m) => m.organizationId),
    ),
  };
}
export type CoalitionAccess = ReturnType<typeof accessOf>;

/** The coalition and the reader's place in it, from the queries its home page already holds. */
export function useCoalitionAccess(coalitionId: string, enabled = true) {
  const me = useMe();
  const coalition = useCoalition(coalitionId, enabled);
  const mine = useMyOrganizations(!!me.data);
  const isPending =
    me.isPending || (enabled && coalition.isPending) || (!!me.data && mine.isPending);
  return {
    me: me.data ?? null,
    isPending,
    error: coalition.error,
    access: !isPending && coalition.data ? accessOf(coalition.data, mine.data?.items) : null,
  };
}
