import { z } from "zod";
import { LanguageCode, localizedText } from "./localized-text.ts";
import { termKey } from "./taxonomies.ts";
import { OrgMemberPermissions, OrganizationPermissions } from "./policy/organization.ts";
import { FieldVisibility, OrgRole } from "./policy/terms.ts";

export { FieldGroup, FieldVisibility, OrgRole, Visibility, fieldGroups } from "./policy/terms.ts";

export const defaultFieldVisibility: FieldVisibility = {
  mission: "public",
  work: "public",
  posture: "members",
  contacts: "signed_in",
};

export const ContactPoint = z
  .object({
    name: z.string().trim().min(1).max(120),
    role: z.string().trim().max(120).optional(),
    email: z.email().max(254).optional(),
    phone: z.string().trim().max(40).optional(),
  })
  .strict();

const keys = (max: number) => z.array(termKey).max(max);
const countryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code");

/** What an owner or admin may write on a profile. Every field is optional on update. */
export const OrganizationInput = z
  .object({
    name: z.string().trim().min(2).max(200),
    acronym: z.string().trim().max(30).optional(),
    mission: localizedText(2000).optional(),
    description: localizedText(10000).optional(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional(),
    types: keys(16).min(1),
    level: termKey,
    headquartersCountry: countryCode.optional(),
    countries: z.array(countryCode).max(250).default([]),
    issues: keys(60).default([]),
    capacities: keys(40).default([]),
    workingLanguages: z.array(LanguageCode).max(40).default([]),
    sizeBand: termKey.optional(),
    postures: keys(10).default([]),
    contacts: z.array(ContactPoint).max(10).default([]),
    visibility: FieldVisibility.default(defaultFieldVisibility),
    hiddenFromDirectory: z.boolean().default(false),
    /** Partner discovery may suggest it; false opts out. */
    discoverable: z.boolean().default(true),
  })
  .strict();
export type OrganizationInput = z.input<typeof OrganizationInput>;

export const OrganizationUpdate = OrganizationInput.partial()
  .extend({
    acronym: z.string().trim().max(30).nullable().optional(),
    mission: localizedText(2000).nullable().optional(),
    description: localizedText(10000).nullable().optional(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .optional(),
    headquartersCountry: countryCode.nullable().optional(),
    sizeBand: termKey.nullable().optional(),
    // Without defaults: Zod applies a default even inside .partial(), so a patch naming one
    // field would otherwise empty the lists and reset visibility and hiddenFromDirectory.
    countries: z.array(countryCode).max(250).optional(),
    issues: keys(60).optional(),
    capacities: keys(40).optional(),
    workingLanguages: z.array(LanguageCode).max(40).optional(),
    postures: keys(10).optional(),
    contacts: z.array(ContactPoint).max(10).optional(),
    visibility: FieldVisibility.optional(),
    hiddenFromDirectory: z.boolean().optional(),
    discoverable: z.boolean().optional(),
  })
  .strict();
export type OrganizationUpdate = z.input<typeof OrganizationUpdate>;

const LocalizedTextOut = z.object({
  original: z.string(),
  texts: z.record(z.string(), z.string()),
});

/** A profile as a given viewer may see it: hidden groups are absent, not empty. */
export const Organization = z
  .object({
    id: z.uuid(),
    name: z.string(),
    acronym: z.string().nullable(),
    logoUrl: z.string().nullable(),
    website: z.string().nullable(),
    types: z.array(z.string()),
    level: z.string(),
    headquartersCountry: z.string().nullable(),
    verified: z.boolean(),
    verifiedAt: z.string().nullable(),
    verifiedBy: z
      .string()
      .nullable()
      .describe("Name of the platform administrator who verified it"),
    mission: LocalizedTextOut.nullable().optional(),
    description: LocalizedTextOut.nullable().optional(),
    countries: z.array(z.string()).optional(),
    regions: z.array(z.string()).optional(),
    issues: z.array(z.string()).optional(),
    capacities: z.array(z.string()).optional(),
    workingLanguages: z.array(z.string()).optional(),
    sizeBand: z.string().nullable().optional(),
    postures: z.array(z.string()).optional(),
    contacts: z.array(ContactPoint).optional(),
    /** Present for members only. */
    visibility: FieldVisibility.optional(),
    hiddenFromDirectory: z.boolean().optional(),
    discoverable: z.boolean().optional(),
    myRole: OrgRole.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** What the reader may do with it, as the server decides it. */
    permissions: OrganizationPermissions,
  })
  .meta({ id: "Organization" });
export type Organization = z.infer<typeof Organization>;

export const MyOrganization = z.object({
  id: z.uuid(),
  name: z.string(),
  acronym: z.string().nullable(),
  logoUrl: z.string().nullable(),
  verified: z.boolean(),
  role: OrgRole,
  memberCount: z.number().int(),
  /** What the reader may do with it, as the server decides it. */
  permissions: OrganizationPermissions,
});
export const MyOrganizations = z.object({ items: z.array(MyOrganization) });

export const Member = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: OrgRole,
  joinedAt: z.string(),
  /** What the reader may do to this person. */
  permissions: OrgMemberPermissions,
});
export type Member = z.infer<typeof Member>;
export const MemberList = z.object({ items: z.array(Member) });
export const MemberParams = z.object({ id: z.uuid(), userId: z.uuid() }).strict();
export const RoleChange = z.object({ role: OrgRole }).strict();

export const InvitationInput = z
  .object({ email: z.email().max(254), role: OrgRole.default("member") })
  .strict();
export type InvitationInput = z.input<typeof InvitationInput>;
export const Invitation = z.object({
  id: z.uuid(),
  email: z.string(),
  role: OrgRole,
  status: z.enum(["pending", "accepted", "revoked", "expired"]),
  invitedBy: z.string(),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof Invitation>;
export const InvitationList = z.object({ items: z.array(Invitation) });
export const InvitationParams = z.object({ id: z.uuid(), invitationId: z.uuid() }).strict();
export const InvitationToken = z.object({ token: z.string().min(20).max(200) }).strict();
export const InvitationPreview = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  email: z.string(),
  role: OrgRole,
  status: Invitation.shape.status,
  expiresAt: z.string(),
});
export const Verification = z.object({ verified: z.boolean() }).strict();
