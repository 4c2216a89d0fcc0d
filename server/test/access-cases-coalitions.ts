import { createOrganization } from "./actors.ts";
import {
  charter,
  coalitionUrl,
  convenerOnly,
  everyone,
  managers,
  membersOf,
  proposalUrl,
  secretCoalition,
  signedIn,
  type Case,
  unknownOutside,
} from "./access-policy.ts";

/** Coalitions, their charters and memberships, proposals and stances. */
export const coalitionCases: Case[] = [
  {
    route: "POST /api/v1/coalitions",
    request: (w) => ({
      method: "POST",
      url: "/api/v1/coalitions",
      payload: { organizationId: w.orgId, name: "Civic Space Coalition", charter },
    }),
    expected: managers(201),
  },
  {
    route: "GET /api/v1/coalitions",
    request: () => ({ method: "GET", url: "/api/v1/coalitions" }),
    expected: everyone(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}",
    coalition: "unlisted",
    request: (w) => ({ method: "GET", url: coalitionUrl(w) }),
    expected: everyone(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}",
    variant: "secret",
    coalition: "secret",
    request: (w) => ({ method: "GET", url: coalitionUrl(w) }),
    expected: secretCoalition(200),
  },
  {
    route: "PATCH /api/v1/coalitions/{id}",
    coalition: "unlisted",
    request: (w) => ({ method: "PATCH", url: coalitionUrl(w), payload: { visibility: "public" } }),
    expected: convenerOnly(200),
  },
  {
    route: "PATCH /api/v1/coalitions/{id}",
    variant: "secret",
    coalition: "secret",
    request: (w) => ({ method: "PATCH", url: coalitionUrl(w), payload: { visibility: "public" } }),
    expected: { ...convenerOnly(200), anonymous: 401, otherOrgMember: 404, platformAdmin: 404 },
  },
  {
    route: "PUT /api/v1/coalitions/{id}/charter",
    coalition: "unlisted",
    request: (w) => ({ method: "PUT", url: coalitionUrl(w, "/charter"), payload: charter }),
    // This charter changes only by a decision, so even its convener is turned to a proposal.
    expected: convenerOnly(409),
  },
  {
    route: "GET /api/v1/coalitions/{id}/charters",
    coalition: "secret",
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/charters") }),
    expected: secretCoalition(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}/charters/compare",
    coalition: "unlisted",
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/charters/compare?from=1&to=1") }),
    expected: everyone(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}/charters/{version}",
    coalition: "secret",
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/charters/1") }),
    expected: secretCoalition(200),
  },
  {
    route: "POST /api/v1/coalitions/{id}/invitations",
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/invitations"),
      payload: { organizationId: w.otherOrgId },
    }),
    expected: convenerOnly(201),
  },
  {
    route: "POST /api/v1/coalitions/{id}/invitations",
    variant: "a hidden organisation, known only to its own people",
    coalition: "unlisted",
    prepare: async ({ t, otherOrgMember }) => ({
      hiddenOrgId: await createOrganization(t, otherOrgMember, {
        name: "Hidden Shelter",
        hiddenFromDirectory: true,
      }),
    }),
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/invitations"),
      payload: { organizationId: w.extra.hiddenOrgId },
    }),
    // The convener is refused exactly as for an organisation that does not exist.
    expected: convenerOnly(404),
  },
  {
    route: "POST /api/v1/coalitions/{id}/applications",
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/applications"),
      payload: { organizationId: w.otherOrgId },
    }),
    expected: { ...signedIn(403), otherOrgMember: 201 },
  },
  {
    route: "POST /api/v1/coalitions/{id}/members/{organizationId}/{action}",
    coalition: "unlisted",
    invitesOther: true,
    request: (w) => ({ method: "POST", url: coalitionUrl(w, `/members/${w.otherOrgId}/remove`) }),
    expected: convenerOnly(200),
  },
  {
    route: "POST /api/v1/coalitions/{id}/members/{organizationId}/{action}",
    variant: "the invited organisation accepts",
    coalition: "secret",
    invitesOther: true,
    request: (w) => ({ method: "POST", url: coalitionUrl(w, `/members/${w.otherOrgId}/accept`) }),
    // The platform administrator belongs to no member organisation: the secret coalition is a 404.
    expected: { ...signedIn(403), otherOrgMember: 200, platformAdmin: 404 },
  },
  {
    route: "PATCH /api/v1/coalitions/{id}/members/{organizationId}",
    coalition: "unlisted",
    request: (w) => ({
      method: "PATCH",
      url: coalitionUrl(w, `/members/${w.orgId}`),
      payload: { namedPublicly: false },
    }),
    expected: managers(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}/members/{organizationId}/representatives",
    coalition: "unlisted",
    request: (w) => ({
      method: "GET",
      url: coalitionUrl(w, `/members/${w.orgId}/representatives`),
    }),
    expected: membersOf(200),
  },
  {
    route: "PUT /api/v1/coalitions/{id}/members/{organizationId}/representatives",
    coalition: "unlisted",
    request: (w) => ({
      method: "PUT",
      url: coalitionUrl(w, `/members/${w.orgId}/representatives`),
      payload: { userIds: [w.target.userId] },
    }),
    expected: managers(200),
  },
  {
    route: "POST /api/v1/coalitions/{id}/proposals",
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/proposals"),
      payload: {
        organizationId: w.orgId,
        title: "Hold a joint press conference",
        rules: { kind: "majority", quorum: 0, threshold: { of: "cast" } },
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    }),
    // Members and admins of the convening organisation read, but only its representative acts.
    expected: convenerOnly(201),
  },
  {
    route: "GET /api/v1/coalitions/{id}/proposals",
    coalition: "unlisted",
    proposal: "open",
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/proposals") }),
    expected: membersOf(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}/proposals",
    variant: "secret",
    coalition: "secret",
    proposal: "open",
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/proposals") }),
    expected: secretCoalition(200),
  },
  {
    route: "GET /api/v1/proposals/{id}",
    coalition: "unlisted",
    proposal: "open",
    request: (w) => ({ method: "GET", url: proposalUrl(w) }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "GET /api/v1/proposals/{id}",
    variant: "secret",
    coalition: "secret",
    proposal: "closed",
    request: (w) => ({ method: "GET", url: proposalUrl(w) }),
    expected: secretCoalition(200),
  },
  {
    route: "PUT /api/v1/proposals/{id}/stances/{organizationId}",
    coalition: "unlisted",
    proposal: "open",
    request: (w) => ({
      method: "PUT",
      url: proposalUrl(w, `/stances/${w.orgId}`),
      payload: { ballot: { stance: "agree" } },
    }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "PUT /api/v1/proposals/{id}/stances/{organizationId}",
    variant: "after closing",
    coalition: "unlisted",
    proposal: "closed",
    request: (w) => ({
      method: "PUT",
      url: proposalUrl(w, `/stances/${w.orgId}`),
      payload: { ballot: { stance: "agree" } },
    }),
    expected: unknownOutside({ ...convenerOnly(409) }, "write"),
  },
  {
    route: "POST /api/v1/proposals/{id}/close",
    coalition: "secret",
    proposal: "open",
    request: (w) => ({ method: "POST", url: proposalUrl(w, "/close") }),
    expected: { ...convenerOnly(200), otherOrgMember: 404, platformAdmin: 404 },
  },
  {
    route: "PUT /api/v1/proposals/{id}/outcome",
    coalition: "unlisted",
    proposal: "closed",
    request: (w) => ({
      method: "PUT",
      url: proposalUrl(w, "/outcome"),
      payload: { statement: { original: "en", texts: { en: "We will speak together." } } },
    }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
];
