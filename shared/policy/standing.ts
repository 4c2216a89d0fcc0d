import type { CoalitionRole, CoalitionVisibility, MembershipStatus } from "./terms.ts";
import type { OrgRole } from "./terms.ts";

/*
 * Where one person stands in one coalition, worked out from rows once per request and then
 * only asked. Every rule that says "inside", "convener side", "eligible" or "may see" is
 * defined here, once, and used by the server, the SQL it builds and the web alike.
 */

/** Statuses of organisations inside a coalition: they read everything members read. */
export const insideStatuses: readonly MembershipStatus[] = ["active", "suspended"];
/** Statuses that let an organisation see a coalition it is not yet inside. */
export const pendingStatuses: readonly MembershipStatus[] = ["invited", "applied"];
/** Statuses of organisations that were linked once and are no longer. */
export const goneStatuses: readonly MembershipStatus[] = [
  "declined",
  "rejected",
  "left",
  "removed",
];
/** Roles whose representatives run the coalition's meetings, follow-up and conflicts. */
export const convenerSideRoles: readonly CoalitionRole[] = ["convener", "co_lead"];
/** Roles that read and speak but take no stance on a proposal. */
export const voicelessRoles: readonly CoalitionRole[] = ["observer"];
/** Owners and admins answer for their organisation: they join, leave and name representatives. */
export const managerRoles: readonly OrgRole[] = ["owner", "admin"];

/** The person asking; null when nobody is signed in. */
export type Viewer = { userId: string; platformAdmin: boolean } | null;

/** An organisation's link to a coalition, as the rows hold it. */
export type Membership = { role: CoalitionRole; status: MembershipStatus };

/** One of the viewer's organisations, and its link to the coalition if it ever had one. */
export type ViewerOrganization = {
  organizationId: string;
  /** The viewer's role in the organisation itself. */
  orgRole: OrgRole;
  membership: (Membership & { /** The viewer acts for it here. */ represented: boolean }) | null;
};

export type CoalitionFacts = {
  visibility: CoalitionVisibility;
  memberListVisibility: "public" | "members";
};

export type CoalitionStanding = {
  viewer: Viewer;
  coalition: CoalitionFacts;
  /** Every organisation the viewer belongs to, linked to this coalition or not. */
  organizations: ViewerOrganization[];
};

const has = <T>(list: readonly T[], value: T) => list.includes(value);

/** The organisation is inside: an active or suspended member. */
export const isInsideMembership = (m: Membership | null) => !!m && has(insideStatuses, m.status);
/** The organisation takes part in decisions: active and not an observer. */
export const isEligible = (m: Membership) => m.status === "active" && !has(voicelessRoles, m.role);
/** An action item is owned by an active member organisation, which answers for it. */
export const mayOwnActionItem = (m: Membership) => m.status === "active";
/** The organisation is an active convener or co-lead. */
export const isConvenerSide = (m: Membership) =>
  m.status === "active" && has(convenerSideRoles, m.role);

/** At least one of the viewer's organisations is inside the coalition. */
export const isInside = (s: CoalitionStanding) =>
  s.organizations.some((o) => isInsideMembership(o.membership));

/** Invited or applied, and not (yet) inside. */
export const isPending = (s: CoalitionStanding) =>
  s.organizations.some((o) => !!o.membership && has(pendingStatuses, o.membership.status));

/**
 * Whether the viewer may know the coalition exists at all. A secret coalition does not
 * exist for anyone whose organisations are neither inside nor invited or applying.
 */
export const knowsOf = (s: CoalitionStanding) =>
  s.coalition.visibility !== "secret" || isInside(s) || isPending(s);

/** The viewer manages this organisation (is its owner or admin). */
export const manages = (s: CoalitionStanding, organizationId: string) =>
  s.organizations.some((o) => o.organizationId === organizationId && has(managerRoles, o.orgRole));

const membershipOf = (s: CoalitionStanding, organizationId: string) =>
  s.organizations.find((o) => o.organizationId === organizationId)?.membership ?? null;

/** Active member organisations the viewer represents: the viewer speaks, records and acts for them. */
export function speaksFor(s: CoalitionStanding): string[] {
  return s.organizations
    .filter((o) => o.membership?.status === "active" && o.membership.represented)
    .map((o) => o.organizationId);
}

/** Of those, the ones with a voice in decisions: observers have none. */
export function votesFor(s: CoalitionStanding): string[] {
  return s.organizations
    .filter((o) => o.membership?.represented && isEligible(o.membership))
    .map((o) => o.organizationId);
}

/** The convening and co-lead organisations the viewer represents, conveners first. */
export function convenerSideFor(s: CoalitionStanding): string[] {
  const rank = (role: CoalitionRole) => convenerSideRoles.indexOf(role);
  return s.organizations
    .filter((o) => o.membership?.represented && isConvenerSide(o.membership))
    .sort((a, b) => rank(a.membership?.role ?? "member") - rank(b.membership?.role ?? "member"))
    .map((o) => o.organizationId);
}

/** The viewer represents an active convener: the steps only a convener takes are theirs. */
export const convenes = (s: CoalitionStanding) =>
  s.organizations.some(
    (o) =>
      o.membership?.represented &&
      o.membership.status === "active" &&
      o.membership.role === "convener",
  );

/** The whole member list is shown to those inside, or to anyone when the coalition says so. */
export const seesMemberList = (s: CoalitionStanding) =>
  knowsOf(s) && (s.coalition.memberListVisibility === "public" || isInside(s));

/**
 * Whether a member is named (and identified) to this viewer: always inside; outside only if
 * it chose to be named, and always to its own people.
 */
export const namesMember = (
  s: CoalitionStanding,
  member: { organizationId: string; namedPublicly: boolean },
) =>
  isInside(s) ||
  member.namedPublicly ||
  s.organizations.some((o) => o.organizationId === member.organizationId);

/**
 * Which members a viewer sees listed: everyone to those inside, active members otherwise,
 * and always the viewer's own organisations (an applicant sees its application).
 */
export const listsMember = (
  s: CoalitionStanding,
  member: Membership & { organizationId: string },
) =>
  isInside(s) ||
  member.status === "active" ||
  s.organizations.some((o) => o.organizationId === member.organizationId);

/** The one word for one of the viewer's organisations' place in the coalition. */
export type TieStanding =
  | "outsider"
  | "invited"
  | "applicant"
  | "member_organisation"
  | "representative"
  | "observer"
  | "convener_side"
  | "suspended"
  | "gone";

export function tieStanding(o: ViewerOrganization): TieStanding {
  const m = o.membership;
  if (!m) return "outsider";
  if (m.status === "invited") return "invited";
  if (m.status === "applied") return "applicant";
  if (m.status === "suspended") return "suspended";
  if (has(goneStatuses, m.status)) return "gone";
  if (!m.represented) return "member_organisation";
  if (has(voicelessRoles, m.role)) return "observer";
  return has(convenerSideRoles, m.role) ? "convener_side" : "representative";
}

/** The viewer's standings, one per kind, plus "platform_admin" and "anonymous" where they apply. */
export function standingsOf(s: CoalitionStanding) {
  const kinds = new Set<TieStanding | "platform_admin" | "anonymous">(
    s.organizations.map(tieStanding),
  );
  if (!s.viewer) kinds.add("anonymous");
  else if (s.viewer.platformAdmin) kinds.add("platform_admin");
  if (!kinds.size) kinds.add("outsider");
  return kinds;
}

export { membershipOf };
