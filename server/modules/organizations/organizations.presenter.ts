import type { FieldGroup, Organization } from "../../../shared/organizations.ts";
import {
  type ProfileViewer,
  checkOrganization,
  organizationPermissions,
} from "../../../shared/policy/index.ts";
import type { OrganizationRow } from "./organizations.repo.ts";

export const logoUrl = (row: { id: string; logoFile: string | null }) =>
  row.logoFile ? `/api/v1/organizations/${row.id}/logo?v=${row.logoFile.slice(0, 12)}` : null;

/** What the policy needs to know of a profile. */
export const profileFacts = (row: OrganizationRow) => ({
  hidden: row.hiddenFromDirectory,
  visibility: row.visibility,
});

/** Shapes a profile for one viewer: a group they may not see is left out entirely. */
export function presentOrganization(
  row: OrganizationRow,
  viewer: ProfileViewer,
  verifierName: string | null,
): Organization {
  const facts = profileFacts(row);
  const sees = (group: FieldGroup) =>
    checkOrganization(viewer, facts, "organization.readGroup", { group }).allowed;
  const out: Organization = {
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    logoUrl: logoUrl(row),
    website: row.website,
    types: row.types,
    level: row.level,
    headquartersCountry: row.headquartersCountry,
    verified: row.verifiedAt !== null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    verifiedBy: verifierName,
    myRole: viewer.role,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: organizationPermissions(viewer, facts),
  };
  if (sees("mission")) {
    out.mission = row.mission ?? null;
    out.description = row.description ?? null;
  }
  if (sees("work")) {
    out.countries = row.countries;
    out.regions = row.regions;
    out.issues = row.issues;
    out.capacities = row.capacities;
    out.workingLanguages = row.workingLanguages;
    out.sizeBand = row.sizeBand;
  }
  if (sees("posture")) out.postures = row.postures;
  if (sees("contacts")) out.contacts = row.contacts;
  // Settings are the organisation's own business.
  if (viewer.role) {
    out.visibility = row.visibility;
    out.hiddenFromDirectory = row.hiddenFromDirectory;
    out.discoverable = row.discoverable;
  }
  return out;
}
