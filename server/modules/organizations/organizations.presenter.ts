import type {
  FieldGroup,
  Organization,
  OrgRole,
  Visibility,
} from "../../../shared/organizations.ts";
import type { OrganizationRow } from "./organizations.repo.ts";

/** How close the viewer stands to the organisation, from the outside in. */
export type ViewerLevel = "public" | "signed_in" | "members";
const rank: Record<Visibility, number> = { public: 0, signed_in: 1, members: 2 };

export function canSee(level: ViewerLevel, visibility: Visibility): boolean {
  return rank[level] >= rank[visibility];
}

export const logoUrl = (row: { id: string; logoFile: string | null }) =>
  row.logoFile ? `/api/v1/organizations/${row.id}/logo?v=${row.logoFile.slice(0, 12)}` : null;

/** Shapes a profile for one viewer: a group they may not see is left out entirely. */
export function presentOrganization(
  row: OrganizationRow,
  viewer: { level: ViewerLevel; role: OrgRole | null; verifierName: string | null },
): Organization {
  const sees = (group: FieldGroup) => canSee(viewer.level, row.visibility[group]);
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
    verifiedBy: viewer.verifierName,
    myRole: viewer.role,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
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
  if (viewer.level === "members") {
    out.visibility = row.visibility;
    out.hiddenFromDirectory = row.hiddenFromDirectory;
    out.discoverable = row.discoverable;
  }
  return out;
}
