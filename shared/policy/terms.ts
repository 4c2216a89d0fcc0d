import { z } from "zod";

/*
 * The words the access policy speaks in: roles, statuses, visibilities and membership steps.
 * They live apart from the request and response contracts so that the policy (which the
 * contracts carry as permissions) and the contracts never import each other.
 */

export const OrgRole = z.enum(["owner", "admin", "member"]);
export type OrgRole = z.infer<typeof OrgRole>;

/** Who may see a group of profile fields. */
export const Visibility = z.enum(["public", "signed_in", "members"]);
export type Visibility = z.infer<typeof Visibility>;

/**
 * Profile fields are shown or hidden in groups. Name, acronym, logo, types and level are
 * always shown: they are what the directory lists. An organisation that must not be seen
 * at all hides itself from the directory instead.
 */
export const fieldGroups = ["mission", "work", "posture", "contacts"] as const;
export const FieldGroup = z.enum(fieldGroups);
export type FieldGroup = z.infer<typeof FieldGroup>;

export const FieldVisibility = z
  .object({
    mission: Visibility,
    work: Visibility,
    posture: Visibility,
    contacts: Visibility,
  })
  .strict();
export type FieldVisibility = z.infer<typeof FieldVisibility>;

/** Listed publicly; unlisted (reachable by link or invitation only); secret (members only). */
export const CoalitionVisibility = z.enum(["public", "unlisted", "secret"]);
export type CoalitionVisibility = z.infer<typeof CoalitionVisibility>;

export const MemberListVisibility = z.enum(["public", "members"]);

/** The spectrum a coalition moves along over time. */
export const CollaborationLevel = z.enum(["information_sharing", "coordination", "joint_action"]);
export type CollaborationLevel = z.infer<typeof CollaborationLevel>;

export const CoalitionRole = z.enum(["convener", "co_lead", "member", "observer"]);
export type CoalitionRole = z.infer<typeof CoalitionRole>;

/** Where a member organisation stands; only `active` members take part in decisions. */
export const MembershipStatus = z.enum([
  "invited",
  "applied",
  "active",
  "suspended",
  "declined",
  "rejected",
  "left",
  "removed",
]);
export type MembershipStatus = z.infer<typeof MembershipStatus>;

/**
 * Steps in a membership's life and who takes them: the organisation accepts, declines or
 * leaves; the convener admits, rejects, suspends, reinstates or removes.
 */
export const membershipActions = [
  "accept",
  "decline",
  "admit",
  "reject",
  "suspend",
  "reinstate",
  "leave",
  "remove",
] as const;
export const MembershipAction = z.enum(membershipActions);
export type MembershipAction = z.infer<typeof MembershipAction>;
