import { sql } from "drizzle-orm";
import { newId } from "../lib/ids.ts";
import type { Case, PrepareContext, World } from "./access-policy.ts";
import { convenerOnly, membersOf, signedIn } from "./access-policy.ts";

const need = { issues: [], capacities: ["litigation"], countries: ["YE"] };
const forOrg = (w: World) => ({ organizationId: w.orgId });

/** A saved need of the target organisation. */
async function savedNeed({ t, world }: PrepareContext) {
  const id = newId();
  await t.services.db.execute(
    sql`insert into discovery_needs (id, organization_id, title, need, weights, created_at, updated_at)
        values (${id}, ${world.orgId}, 'Partners in Yemen',
                ${JSON.stringify({ ...need, regions: [], languages: [], languagesRequired: false, levels: [], includeTypes: [], excludeTypes: [], postures: [], posturesRequired: false })}::jsonb,
                '{}'::jsonb, now(), now())`,
  );
  return { needId: id };
}

/**
 * Discovery searches for one of the searcher's organisations or a coalition they are inside;
 * its searches are POSTs that change nothing (`readOnly`).
 */
export const discoveryCases: Case[] = [
  {
    route: "POST /api/v1/discovery/matches",
    readOnly: true,
    request: (w) => ({
      method: "POST",
      url: "/api/v1/discovery/matches",
      payload: { need, requester: forOrg(w) },
    }),
    expected: membersOf(200),
  },
  {
    route: "POST /api/v1/discovery/matches",
    variant: "hidden organisation",
    hidden: true,
    readOnly: true,
    request: (w) => ({
      method: "POST",
      url: "/api/v1/discovery/matches",
      payload: { need, requester: forOrg(w) },
    }),
    // Platform administrators know of hidden organisations, but do not act for them.
    expected: { ...membersOf(200, 404), platformAdmin: 403 },
  },
  {
    route: "POST /api/v1/discovery/matches",
    variant: "for a secret coalition",
    coalition: "secret",
    readOnly: true,
    request: (w) => ({
      method: "POST",
      url: "/api/v1/discovery/matches",
      payload: { need, requester: { coalitionId: w.coalitionId } },
    }),
    expected: membersOf(200, 404),
  },
  {
    route: "POST /api/v1/discovery/team",
    readOnly: true,
    request: (w) => ({
      method: "POST",
      url: "/api/v1/discovery/team",
      payload: { need, requester: forOrg(w) },
    }),
    expected: membersOf(200),
  },
  {
    route: "POST /api/v1/discovery/suggestions",
    readOnly: true,
    request: () => ({
      method: "POST",
      url: "/api/v1/discovery/suggestions",
      payload: { issues: ["freedom_of_expression"] },
    }),
    expected: signedIn(200),
  },
  {
    route: "GET /api/v1/discovery/draft",
    request: (w) => ({ method: "GET", url: `/api/v1/discovery/draft?organizationId=${w.orgId}` }),
    expected: membersOf(200),
  },
  {
    route: "POST /api/v1/discovery/team/invitations",
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: "/api/v1/discovery/team/invitations",
      payload: { coalitionId: w.coalitionId, organizationIds: [w.otherOrgId] },
    }),
    expected: convenerOnly(200),
  },
  {
    route: "GET /api/v1/discovery/needs",
    request: (w) => ({ method: "GET", url: `/api/v1/discovery/needs?organizationId=${w.orgId}` }),
    expected: membersOf(200),
  },
  {
    route: "POST /api/v1/discovery/needs",
    request: (w) => ({
      method: "POST",
      url: "/api/v1/discovery/needs",
      payload: { title: "Partners in Yemen", need, requester: forOrg(w) },
    }),
    expected: membersOf(201),
  },
  {
    route: "GET /api/v1/discovery/needs/{id}",
    prepare: savedNeed,
    request: (w) => ({ method: "GET", url: `/api/v1/discovery/needs/${w.extra.needId}` }),
    expected: membersOf(200, 404),
  },
  {
    route: "PATCH /api/v1/discovery/needs/{id}",
    prepare: savedNeed,
    request: (w) => ({
      method: "PATCH",
      url: `/api/v1/discovery/needs/${w.extra.needId}`,
      payload: { title: "Partners in Yemen and Sudan" },
    }),
    expected: membersOf(200, 404),
  },
  {
    route: "DELETE /api/v1/discovery/needs/{id}",
    prepare: savedNeed,
    request: (w) => ({ method: "DELETE", url: `/api/v1/discovery/needs/${w.extra.needId}` }),
    expected: membersOf(204, 404),
  },
];
