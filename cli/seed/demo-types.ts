import type { LocalizedText } from "../../shared/locales.ts";
import type { FieldVisibility, OrgRole } from "../../shared/organizations.ts";

/** The demo people who own and staff the demo organisations. */
export type DemoPerson = "amina" | "claire" | "lucia" | "james" | "priya";

export type DemoContact = { name: string; role?: string; email?: string; phone?: string };

/**
 * One fictional organisation, written compactly: `seedDemo` turns it into an
 * `OrganizationInput` and creates it as `owner`.
 */
export type DemoOrg = {
  name: string;
  acronym?: string;
  owner: DemoPerson;
  team?: [DemoPerson, OrgRole][];
  verified?: boolean;
  types: string[];
  level: string;
  hq: string;
  countries: string[];
  issues: string[];
  capacities: string[];
  languages: string[];
  size: string;
  postures: string[];
  mission: LocalizedText;
  description?: LocalizedText;
  website?: string;
  contacts?: DemoContact[];
  visibility?: Partial<FieldVisibility>;
  hidden?: boolean;
};

/** A localized text whose first language is `original`. */
export function t(original: string, texts: Record<string, string>): LocalizedText {
  return { original, texts };
}
