import { expect } from "vitest";
import { incidentFields } from "../modules/records/records.fixtures.ts";
import { createOrganization, signedInUser } from "./actors.ts";
import {
  type Case,
  type PrepareContext,
  managers,
  otherJoins,
  signedIn,
  unknownOutside,
} from "./access-policy.ts";
import { call } from "./org-helpers.ts";

/*
 * Agreements and grants. The other organisation plays each part a partner can: a party to an
 * agreement with the target organisation, the grantee of one of its records, a member of a
 * coalition the record is shared with, or an organisation with no part in it at all.
 */

const terms = (onwardRule = "none") => ({
  title: "Evidence for litigation",
  purpose: "Cases before the regional court.",
  dataCategories: ["incidents"],
  fields: ["occurredOn", "country", "violationTypes"],
  onwardRule,
  retentionDays: 365,
});

/** An agreement between the target and another organisation; in force unless asked. */
async function agreement(
  { t, world, owner, otherOrgMember }: PrepareContext,
  how: { proposedByOther?: boolean; inForce?: boolean; party?: string } = {},
) {
  const [proposer, by, other] = how.proposedByOther
    ? [otherOrgMember, world.otherOrgId, world.orgId]
    : [owner, world.orgId, how.party ?? world.otherOrgId];
  const made = await call(t, "POST", "/api/v1/agreements", {
    as: proposer,
    payload: { ...terms(), proposedBy: by, partyIds: [other] },
  });
  expect(made.statusCode, made.body).toBe(201);
  const agreementId = (made.json() as { id: string }).id;
  if (how.inForce !== false && !how.proposedByOther && !how.party) {
    const accepted = await call(t, "POST", `/api/v1/agreements/${agreementId}/accept`, {
      as: otherOrgMember,
      payload: { organizationId: world.otherOrgId },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
  }
  return agreementId;
}

/** A record of the target with consent to share, an agreement in force, and maybe a grant. */
async function sharedRecord(
  c: PrepareContext,
  how: { granted?: boolean; coalition?: boolean } = {},
) {
  const { t, world, owner } = c;
  if (how.coalition) await otherJoins(c);
  const made = await call(t, "POST", "/api/v1/records", {
    as: owner,
    payload: {
      kind: "incident",
      ownerOrganizationId: world.orgId,
      fields: incidentFields(),
      ...(how.coalition ? { classification: "coalition", coalitionIds: [world.coalitionId] } : {}),
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  const recordId = (made.json() as { id: string }).id;
  const consent = await call(t, "POST", `/api/v1/records/${recordId}/consents`, {
    as: owner,
    payload: { use: "named_partners", state: "given" },
  });
  expect(consent.statusCode, consent.body).toBe(200);
  const agreementId = await agreement(c);
  let grantId = "";
  if (how.granted) {
    const granted = await call(t, "POST", `/api/v1/records/${recordId}/grants`, {
      as: owner,
      payload: { agreementId, toOrganizationId: world.otherOrgId },
    });
    expect(granted.statusCode, granted.body).toBe(201);
    grantId = (granted.json() as { id: string }).id;
  }
  return { recordId, agreementId, grantId };
}

const agreementUrl = (w: { extra: Record<string, string> }, rest = "") =>
  `/api/v1/agreements/${w.extra.agreementId}${rest}`;

/** Parties' people read it; anyone else meets an unknown id. */
const partiesRead = { ...signedIn(200), platformAdmin: 404 };
/** A party's owners and admins act for it; to others who know it, refused; to the rest, unknown. */
const partyManagers = unknownOutside(managers(200), "write", ["platformAdmin"]);

export const agreementCases: Case[] = [
  {
    route: "POST /api/v1/agreements",
    request: (w) => ({
      method: "POST",
      url: "/api/v1/agreements",
      payload: { ...terms(), proposedBy: w.orgId, partyIds: [w.otherOrgId] },
    }),
    expected: managers(201),
  },
  {
    route: "GET /api/v1/agreements",
    prepare: async (c) => ({ agreementId: await agreement(c) }),
    request: () => ({ method: "GET", url: "/api/v1/agreements" }),
    expected: signedIn(200),
  },
  {
    route: "GET /api/v1/agreements/{id}",
    prepare: async (c) => ({ agreementId: await agreement(c) }),
    request: (w) => ({ method: "GET", url: agreementUrl(w) }),
    // The other organisation is a party here.
    expected: partiesRead,
  },
  {
    route: "GET /api/v1/agreements/{id}",
    variant: "the other organisation is no party",
    prepare: async (c) => {
      const stranger = await signedInUser(c.t, "third-party");
      const party = await createOrganization(c.t, stranger, { name: "Third Party" });
      return { agreementId: await agreement(c, { party }) };
    },
    request: (w) => ({ method: "GET", url: agreementUrl(w) }),
    expected: { ...partiesRead, otherOrgMember: 404 },
  },
  {
    route: "POST /api/v1/agreements/{id}/versions",
    prepare: async (c) => ({ agreementId: await agreement(c) }),
    request: (w) => ({
      method: "POST",
      url: agreementUrl(w, "/versions"),
      payload: { ...terms(), retentionDays: 90, organizationId: w.orgId },
    }),
    expected: partyManagers,
  },
  {
    route: "POST /api/v1/agreements/{id}/accept",
    prepare: async (c) => ({ agreementId: await agreement(c, { proposedByOther: true }) }),
    request: (w) => ({
      method: "POST",
      url: agreementUrl(w, "/accept"),
      payload: { organizationId: w.orgId },
    }),
    expected: partyManagers,
  },
  {
    route: "POST /api/v1/agreements/{id}/end",
    prepare: async (c) => ({ agreementId: await agreement(c) }),
    request: (w) => ({
      method: "POST",
      url: agreementUrl(w, "/end"),
      payload: { organizationId: w.orgId },
    }),
    expected: partyManagers,
  },
  {
    route: "POST /api/v1/records/{id}/grants",
    prepare: (c) => sharedRecord(c),
    request: (w) => ({
      method: "POST",
      url: `/api/v1/records/${w.extra.recordId}/grants`,
      payload: { agreementId: w.extra.agreementId, toOrganizationId: w.otherOrgId },
    }),
    // A restricted record: nobody outside its managers knows of it.
    expected: { ...managers(201, 404), member: 404 },
  },
  {
    route: "POST /api/v1/records/{id}/grants",
    variant: "the grantee shares onward, which the agreement does not allow",
    prepare: (c) => sharedRecord(c, { granted: true }),
    request: (w) => ({
      method: "POST",
      url: `/api/v1/records/${w.extra.recordId}/grants`,
      payload: { agreementId: w.extra.agreementId, toOrganizationId: w.otherOrgId },
    }),
    expected: { ...managers(201, 404), member: 404, otherOrgMember: 403 },
  },
  {
    route: "POST /api/v1/records/{id}/grants",
    variant: "a member of the coalition the record is shared with",
    coalition: "unlisted",
    prepare: (c) => sharedRecord(c, { coalition: true }),
    request: (w) => ({
      method: "POST",
      url: `/api/v1/records/${w.extra.recordId}/grants`,
      payload: { agreementId: w.extra.agreementId, toOrganizationId: w.otherOrgId },
    }),
    // It reads the record, and may not share it.
    expected: { ...managers(201, 404), member: 404, otherOrgMember: 403 },
  },
  {
    route: "GET /api/v1/records/{id}/grants",
    prepare: (c) => sharedRecord(c, { granted: true }),
    request: (w) => ({ method: "GET", url: `/api/v1/records/${w.extra.recordId}/grants` }),
    // The grantee reads the record, not who else it is shared with.
    expected: { ...managers(200, 404), member: 404, otherOrgMember: 403 },
  },
  {
    route: "POST /api/v1/organizations/{id}/grants",
    prepare: async (c) => ({ agreementId: await agreement(c) }),
    request: (w) => ({
      method: "POST",
      url: `/api/v1/organizations/${w.orgId}/grants`,
      payload: {
        agreementId: w.extra.agreementId,
        toOrganizationId: w.otherOrgId,
        filter: { country: "YE" },
      },
    }),
    expected: managers(201),
  },
  {
    route: "GET /api/v1/organizations/{id}/grants",
    prepare: (c) => sharedRecord(c, { granted: true }),
    request: (w) => ({ method: "GET", url: `/api/v1/organizations/${w.orgId}/grants` }),
    expected: managers(200),
  },
  {
    route: "POST /api/v1/grants/{id}/revoke",
    prepare: (c) => sharedRecord(c, { granted: true }),
    request: (w) => ({ method: "POST", url: `/api/v1/grants/${w.extra.grantId}/revoke` }),
    // The grantee and the owner's people know of the grant; only its managers revoke it.
    expected: { ...managers(200), platformAdmin: 404 },
  },
];
