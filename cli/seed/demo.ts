import { type DemoRecords, seedDemoRecords } from "./demo-records.ts";
import { type DemoConfidential, seedDemoConfidential } from "./demo-confidential.ts";
import { count, inArray } from "drizzle-orm";
import type { Db } from "../../server/db/client.ts";
import type { Services } from "../../server/app.ts";
import type { Actor } from "../../server/modules/auth/actor.ts";
import { users } from "../../server/modules/auth/auth.table.ts";
import { createVerifiedUser } from "../../server/modules/auth/users.ts";
import { createOrganizationsRepo } from "../../server/modules/organizations/organizations.repo.ts";
import { organizations } from "../../server/modules/organizations/organizations.table.ts";
import { coalitions } from "../../server/modules/coalitions/coalitions.table.ts";
import { seedDemoCampaign } from "./demo-campaign.ts";
import { seedDemoStatement } from "./demo-statement.ts";
import { seedDemoCoalitions } from "./demo-coalitions.ts";
import {
  OrganizationInput,
  type OrgRole,
  defaultFieldVisibility,
} from "../../shared/organizations.ts";
import { type DemoAccount, demoAdmin, demoOrgs, demoPeople } from "./demo-data.ts";
import type { DemoOrg, DemoPerson } from "./demo-types.ts";

export type DemoResult = {
  organizationCount: number;
  coalitionCount: number;
  /** The joint campaign and the coalition it belongs to. */
  campaign: { campaignId: string; coalitionId: string };
  /** The campaign's published joint statement, its risk assessment and who-fronts decision. */
  statement: { statementId: string; assessmentId: string; proposalId: string };
  /** The Yemen monitoring group's records, its agreement with the litigator and a shared record. */
  records: DemoRecords;
  /** Maan's encrypted testimonies (keys under `demoKeysPassphrase`), the first shared. */
  confidential: DemoConfidential;
  signIns: { email: string; password: string; description: string }[];
};

/** Demo data goes only into an empty database. */
export async function demoIsLoaded(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

/** The profile input for one demo organisation, validated like a request body. */
export function demoOrgInput(org: DemoOrg) {
  return OrganizationInput.parse({
    name: org.name,
    acronym: org.acronym,
    mission: org.mission,
    description: org.description,
    website: org.website,
    types: org.types,
    level: org.level,
    headquartersCountry: org.hq,
    countries: org.countries,
    issues: org.issues,
    capacities: org.capacities,
    workingLanguages: org.languages,
    sizeBand: org.size,
    postures: org.postures,
    contacts: org.contacts ?? [],
    visibility: { ...defaultFieldVisibility, ...org.visibility },
    hiddenFromDirectory: org.hidden ?? false,
  });
}

/**
 * Loads the fictional demo dataset: a platform administrator, a few people with known
 * passwords, and the organisations they own and staff, created through the same service
 * as the API so validation and search columns apply.
 */
export async function seedDemo(services: Services): Promise<DemoResult> {
  const { db, auth } = services;
  const repo = createOrganizationsRepo(db);
  const userIds: string[] = [];
  const orgIds: string[] = [];
  const coalitionIds: string[] = [];
  let campaign: DemoResult["campaign"];
  let statement: DemoResult["statement"];
  let records: DemoResult["records"];
  let confidential: DemoResult["confidential"];

  async function createAccount(account: DemoAccount, isPlatformAdmin: boolean): Promise<Actor> {
    const { email, name, password, locale } = account;
    const userId = await createVerifiedUser(
      { db, auth },
      { email, name, password, locale, isPlatformAdmin },
    );
    userIds.push(userId);
    return { userId, name: account.name, email: account.email, isPlatformAdmin };
  }

  try {
    const adminActor = await createAccount(demoAdmin, true);
    const actors = new Map<DemoPerson, Actor>();
    for (const [key, account] of Object.entries(demoPeople) as [DemoPerson, DemoAccount][]) {
      actors.set(key, await createAccount(account, false));
    }
    const actorOf = (person: DemoPerson): Actor => {
      const actor = actors.get(person);
      if (!actor) throw new Error(`demo person ${person} was not created`);
      return actor;
    };

    for (const org of demoOrgs) {
      const created = await services.organizations.create(actorOf(org.owner), demoOrgInput(org));
      orgIds.push(created.id);
      for (const [person, role] of org.team ?? []) {
        await repo.addMember(db, created.id, actorOf(person).userId, role);
      }
      if (org.verified) await services.admin.setVerified(adminActor, created.id, true);
    }
    const idByName = new Map(demoOrgs.map((org, index) => [org.name, orgIds[index] ?? ""]));
    const ownerByName = new Map(demoOrgs.map((org) => [org.name, org.owner]));
    const known = <T>(map: Map<string, T>, name: string): T => {
      const value = map.get(name);
      if (value === undefined) throw new Error(`demo organisation ${name} does not exist`);
      return value;
    };
    await seedDemoCoalitions(
      services,
      {
        actorOf,
        organizationId: (name) => known(idByName, name),
        ownerOf: (name) => known(ownerByName, name),
      },
      coalitionIds,
    );
    const directory = {
      actorOf,
      organizationId: (name: string) => known(idByName, name),
      ownerOf: (name: string) => known(ownerByName, name),
    };
    campaign = await seedDemoCampaign(services, directory);
    statement = await seedDemoStatement(services, directory, campaign);
    records = await seedDemoRecords(services, directory);
    confidential = await seedDemoConfidential(services, directory, records.agreementId);
  } catch (error) {
    // A half-loaded demo would count as loaded and never be completed, so undo it.
    if (coalitionIds.length) {
      await db.delete(coalitions).where(inArray(coalitions.id, coalitionIds));
    }
    if (orgIds.length) await db.delete(organizations).where(inArray(organizations.id, orgIds));
    if (userIds.length) await db.delete(users).where(inArray(users.id, userIds));
    throw error;
  }

  return {
    organizationCount: orgIds.length,
    coalitionCount: coalitionIds.length,
    campaign,
    statement,
    records,
    confidential,
    signIns: [
      { email: demoAdmin.email, password: demoAdmin.password, description: demoAdmin.about },
      ...(Object.entries(demoPeople) as [DemoPerson, DemoAccount][]).map(([key, account]) => ({
        email: account.email,
        password: account.password,
        description: `${describeRoles(key)}; ${account.about}`,
      })),
    ],
  };
}

/** "owner of 9 organisations, admin of 2", from the data so it never goes stale. */
function describeRoles(person: DemoPerson): string {
  const counts: Record<OrgRole, number> = { owner: 0, admin: 0, member: 0 };
  for (const org of demoOrgs) {
    if (org.owner === person) counts.owner += 1;
    for (const [who, role] of org.team ?? []) if (who === person) counts[role] += 1;
  }
  const parts = [`owner of ${counts.owner} organisations`];
  if (counts.admin) parts.push(`admin of ${counts.admin}`);
  if (counts.member) parts.push(`member of ${counts.member}`);
  return parts.join(", ");
}
