import type { Coalition } from "../../../shared/coalitions.ts";
import {
  isConvenerSide,
  isInsideMembership,
  mayOwnActionItem,
} from "../../../shared/policy/standing.ts";
import { useMe } from "./hooks.ts";
import { type MyOrganization, useCoalition, useMyOrganizations } from "./coalition-data.ts";

/** An organisation, by id and name, for a picker or a sentence. */
export type OrgChoice = { organizationId: string; name: string };

/**
 * What the reader may do in a coalition, as the server sent it with the coalition, and the
 * names of the organisations each permission lists. The server decides; this only pairs
 * its lists of ids with names the page already holds (the member list, my organisations).
 */
export function accessOf(coalition: Coalition, mine: readonly MyOrganization[] | undefined) {
  const names = new Map<string, string>();
  for (const org of mine ?? []) names.set(org.id, org.name);
  for (const m of coalition.members ?? []) {
    if (m.organizationId && m.name) names.set(m.organizationId, m.name);
  }
  const nameOf = (id: string) => names.get(id) ?? "";
  const choices = (ids: readonly string[]): OrgChoice[] =>
    ids.map((organizationId) => ({ organizationId, name: nameOf(organizationId) }));
  const listed = (coalition.members ?? []).flatMap((m) =>
    m.organizationId && m.name ? [{ ...m, organizationId: m.organizationId, name: m.name }] : [],
  );
  const can = coalition.permissions;
  const members = listed.filter(isInsideMembership).map(({ organizationId, name }) => ({
    organizationId,
    name,
  }));
  // My own organisations are named to me even when the member list is not.
  for (const org of choices(can.speakFor)) {
    if (!members.some((m) => m.organizationId === org.organizationId)) members.push(org);
  }
  return {
    coalition,
    can,
    nameOf,
    /** Proposals, meetings, action items and threads are shown to the reader. */
    inside: can.readInside,
    /** Organisations the reader opens threads and comments for. */
    speakFor: choices(can.speakFor),
    /** Organisations the reader opens proposals and takes stances for. */
    proposeFor: choices(can.proposeFor),
    applyFor: choices(can.applyFor),
    /** Named organisations inside the coalition, for mentions in a thread being opened. */
    members,
    /** The organisations that may own an action item, as the shared policy says. */
    activeMembers: listed
      .filter(mayOwnActionItem)
      .map(({ organizationId, name }) => ({ organizationId, name })),
    /** The convener side as the shared policy defines it: they see every concern. */
    convenerSideIds: new Set(listed.filter(isConvenerSide).map((m) => m.organizationId)),
  };
}
export type CoalitionAccess = ReturnType<typeof accessOf>;

/** The coalition and what the reader may do in it, from the queries its home page holds. */
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
