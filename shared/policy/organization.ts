import { z } from "zod";
import { type FieldGroup, type FieldVisibility, OrgRole, type Visibility } from "./terms.ts";
import type { Verdict } from "./coalition.ts";
import { managerRoles } from "./standing.ts";

/** The viewer of an organisation's profile: who they are and their role in it, if any. */
export type ProfileViewer = {
  signedIn: boolean;
  platformAdmin: boolean;
  /** The viewer's role in the organisation; null when they do not belong to it. */
  role: OrgRole | null;
};

export type ProfileFacts = {
  /** Hidden from the directory: it does not exist for anyone outside it. */
  hidden: boolean;
  visibility: FieldVisibility;
};

/** How close the viewer stands to the organisation, from the outside in. */
export type ViewerLevel = Visibility;
const levels: readonly Visibility[] = ["public", "signed_in", "members"];

export function viewerLevel(v: Pick<ProfileViewer, "signedIn" | "role">): ViewerLevel {
  return v.role ? "members" : v.signedIn ? "signed_in" : "public";
}

/** The visibility settings whose groups a viewer at this level may read. */
export const visibleAt = (level: ViewerLevel): Visibility[] =>
  levels.slice(0, levels.indexOf(level) + 1);

/** A field group is shown to viewers at or inside its visibility. */
export const seesGroup = (level: ViewerLevel, visibility: Visibility) =>
  levels.indexOf(level) >= levels.indexOf(visibility);

export type OrganizationSubjects = {
  "organization.read": undefined;
  "organization.readGroup": { group: FieldGroup };
  /** Edit the profile and logo, invite people, manage invitations. */
  "organization.manage": undefined;
  "organization.readMembers": undefined;
  /** Search for partners on its behalf, centre the network on it: any of its people. */
  "organization.actFor": undefined;
  /** Invite a person into the organisation with this role. */
  "organization.invite": { role: OrgRole };
  "organization.changeRole": { from: OrgRole; to: OrgRole };
  "organization.removeMember": { role: OrgRole; self: boolean };
  "organization.verify": undefined;
};
export type OrganizationAction = keyof OrganizationSubjects;

const allowed: Verdict = { allowed: true };
const forbidden = (reason: string): Verdict => ({ allowed: false, refusal: "forbidden", reason });
const rule = (ok: boolean, reason: string): Verdict => (ok ? allowed : forbidden(reason));

/**
 * The one access rule for organisations. A hidden organisation does not exist for anyone
 * outside it but platform administrators, who review organisations; what else a viewer
 * reads follows each field group's visibility, and only owners and admins manage it.
 */
export function checkOrganization<A extends OrganizationAction>(
  viewer: ProfileViewer,
  org: ProfileFacts,
  action: A,
  ...subject: OrganizationSubjects[A] extends undefined ? [] : [OrganizationSubjects[A]]
): Verdict {
  if (org.hidden && !viewer.role && !viewer.platformAdmin) {
    return { allowed: false, refusal: "unknown", reason: "No such organisation." };
  }
  const verdict = decide(viewer, org, action, subject[0] as OrganizationSubjects[A]);
  if (!verdict.allowed && !viewer.signedIn) {
    return { allowed: false, refusal: "signIn", reason: "Sign in first." };
  }
  return verdict;
}

function decide<A extends OrganizationAction>(
  viewer: ProfileViewer,
  org: ProfileFacts,
  action: A,
  subject: OrganizationSubjects[A],
): Verdict {
  const role = viewer.role;
  const manager = !!role && managerRoles.includes(role);
  switch (action as OrganizationAction) {
    case "organization.read":
      return allowed;
    case "organization.readGroup": {
      const { group } = subject as OrganizationSubjects["organization.readGroup"];
      return rule(seesGroup(viewerLevel(viewer), org.visibility[group]), "Not shown to you.");
    }
    case "organization.manage":
      return rule(manager, "Only owners and admins may do this.");
    case "organization.readMembers":
      return rule(!!role, "Only members may see the member list.");
    case "organization.actFor":
      return rule(!!role, "Only an organisation's own people act for it here.");
    case "organization.invite": {
      const { role: given } = subject as OrganizationSubjects["organization.invite"];
      if (!manager) return forbidden("Only owners and admins may invite people.");
      return rule(given !== "owner" || role === "owner", "Only owners may invite owners.");
    }
    case "organization.changeRole": {
      const { from, to } = subject as OrganizationSubjects["organization.changeRole"];
      if (!manager) return forbidden("Only owners and admins may change roles.");
      // Only owners make or unmake owners; admins manage admins and members.
      return rule(
        role === "owner" || (from !== "owner" && to !== "owner"),
        "Only owners may give or take the owner role.",
      );
    }
    case "organization.removeMember": {
      const target = subject as OrganizationSubjects["organization.removeMember"];
      if (target.self) return rule(!!role, "Only members may leave.");
      if (!manager) return forbidden("Only owners and admins may remove members.");
      return rule(role === "owner" || target.role !== "owner", "Only owners may remove an owner.");
    }
    case "organization.verify":
      return rule(viewer.platformAdmin, "Only platform administrators verify organisations.");
  }
  return forbidden("This action is not known.");
}

export function canOnOrganization<A extends OrganizationAction>(
  viewer: ProfileViewer,
  org: ProfileFacts,
  action: A,
  ...subject: OrganizationSubjects[A] extends undefined ? [] : [OrganizationSubjects[A]]
): boolean {
  return checkOrganization(viewer, org, action, ...subject).allowed;
}

/** Platform administrators review and verify organisations; nobody else does. */
export const reviewsOrganizations = (viewer: Pick<ProfileViewer, "platformAdmin">) =>
  viewer.platformAdmin;

/** Discovery and the directory count only what any signed-in searcher may read. */
export const signedInGroups = visibleAt("signed_in");

/** What the viewer may do with an organisation, sent with its profile. */
export const OrganizationPermissions = z.object({
  /** Edit the profile and logo, invite people, manage invitations. */
  manage: z.boolean(),
  readMembers: z.boolean(),
  /** The roles the viewer may give a person they invite (empty when they may not invite). */
  inviteRoles: z.array(OrgRole),
  /** Search for partners on its behalf: any of its people. */
  searchPartners: z.boolean(),
  verify: z.boolean(),
});
export type OrganizationPermissions = z.infer<typeof OrganizationPermissions>;

/** What the viewer may do to one person in the member list. */
export const OrgMemberPermissions = z.object({
  /** The roles the viewer may give this person (their current one included when any). */
  roles: z.array(OrgRole),
  remove: z.boolean(),
});
export type OrgMemberPermissions = z.infer<typeof OrgMemberPermissions>;

export function organizationPermissions(
  viewer: ProfileViewer,
  org: ProfileFacts,
): OrganizationPermissions {
  const can = (action: "organization.manage" | "organization.readMembers") =>
    checkOrganization(viewer, org, action).allowed;
  return {
    manage: can("organization.manage"),
    readMembers: can("organization.readMembers"),
    inviteRoles: OrgRole.options.filter(
      (role) => checkOrganization(viewer, org, "organization.invite", { role }).allowed,
    ),
    searchPartners: checkOrganization(viewer, org, "organization.actFor").allowed,
    verify: checkOrganization(viewer, org, "organization.verify").allowed,
  };
}

export function orgMemberPermissions(
  viewer: ProfileViewer,
  org: ProfileFacts,
  member: { role: OrgRole; self: boolean },
): OrgMemberPermissions {
  const roles = OrgRole.options.filter(
    (to) =>
      checkOrganization(viewer, org, "organization.changeRole", { from: member.role, to }).allowed,
  );
  return {
    roles: roles.some((r) => r !== member.role) ? roles : [],
    remove: checkOrganization(viewer, org, "organization.removeMember", member).allowed,
  };
}
