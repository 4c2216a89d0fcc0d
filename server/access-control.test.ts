import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization, type SignedIn, signedInUser, uniqueEmail } from "./test/actors.ts";
import { defaultDecisionRules } from "../shared/coalitions.ts";
import { backends, createTestApp, type TestApp } from "./test/harness.ts";
import {
  addMember,
  call,
  databaseState,
  expectProblem,
  pngBytes,
  tokenFrom,
} from "./test/org-helpers.ts";

/**
 * Who may call what. Every /api/v1 route is called by six people, against a fresh organisation
 * each time: nobody, a member of another organisation, and a member, an admin and an owner of
 * the target organisation, and a platform administrator who belongs to none.
 */
const callers = [
  "anonymous",
  "otherOrgMember",
  "member",
  "admin",
  "owner",
  "platformAdmin",
] as const;
type Caller = (typeof callers)[number];
type Expected = Record<Caller, number>;

/** The target organisation as one cell of the table sees it. */
type World = {
  orgId: string;
  /** A plain member, or a second owner when the case asks for one. */
  target: SignedIn;
  invitationId: string;
  token: string;
  /** A coalition the target organisation convenes (its owner represents it), when asked. */
  coalitionId: string;
  /** "Another Organisation", which the other organisation's member owns. */
  otherOrgId: string;
};
type Request = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  payload?: InjectOptions["payload"];
  headers?: Record<string, string>;
};
type Case = {
  /** Method and OpenAPI path, as the route table names it. */
  route: string;
  variant?: string;
  hidden?: boolean;
  targetRole?: "member" | "owner";
  withLogo?: boolean;
  coalition?: "unlisted" | "secret";
  /** The coalition has invited the other organisation. */
  invitesOther?: boolean;
  request: (world: World) => Request;
  expected: Expected;
};

const everyone = (status: number): Expected => ({
  anonymous: status,
  otherOrgMember: status,
  member: status,
  admin: status,
  owner: status,
  platformAdmin: status,
});
const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
/** Owners and admins of the organisation; everyone else signed in is refused. */
const managers = (status: number, outsiders = 403): Expected => ({
  anonymous: 401,
  otherOrgMember: outsiders,
  member: 403,
  admin: status,
  owner: status,
  platformAdmin: outsiders,
});
const ownersOnly = (status: number): Expected => ({ ...managers(status), admin: 403 });
const membersOf = (status: number, outsiders = 403): Expected => ({
  ...managers(status, outsiders),
  member: status,
});
const platformAdminsOnly = (status: number): Expected => ({
  ...signedIn(403),
  platformAdmin: status,
});

const orgUrl = (w: World, rest = "") => `/api/v1/organizations/${w.orgId}${rest}`;
const coalitionUrl = (w: World, rest = "") => `/api/v1/coalitions/${w.coalitionId}${rest}`;
const text = (en: string) => ({ original: "en", texts: { en } });
const charter = {
  purpose: text("Protect civic space together."),
  decisionRules: defaultDecisionRules,
  collaborationLevel: "coordination",
};
/** Anyone may read an unlisted coalition by its address. */
const secretCoalition = (status: number): Expected => ({
  ...membersOf(status, 404),
  anonymous: 404,
});
/** The convening organisation's representative: here its owner, who created the coalition. */
const convenerOnly = (status: number): Expected => ({ ...managers(status), admin: 403 });
const pngWithComment = (text: string) =>
  // A different image each time, so a stored logo always changes.
  Buffer.concat([pngBytes, Buffer.from(text)]);

const cases: Case[] = [
  {
    route: "GET /api/v1/taxonomies",
    request: () => ({ method: "GET", url: "/api/v1/taxonomies" }),
    expected: everyone(200),
  },
  {
    route: "GET /api/v1/me",
    request: () => ({ method: "GET", url: "/api/v1/me" }),
    expected: signedIn(200),
  },
  {
    route: "PATCH /api/v1/me/preferences",
    request: () => ({ method: "PATCH", url: "/api/v1/me/preferences", payload: { locale: "fr" } }),
    expected: signedIn(200),
  },
  {
    route: "POST /api/v1/organizations",
    request: () => ({
      method: "POST",
      url: "/api/v1/organizations",
      payload: { name: "Newly Founded Network", types: ["human_rights"], level: "local" },
    }),
    expected: signedIn(201),
  },
  {
    route: "GET /api/v1/organizations/mine",
    request: () => ({ method: "GET", url: "/api/v1/organizations/mine" }),
    expected: signedIn(200),
  },
  {
    route: "GET /api/v1/organizations/{id}",
    request: (w) => ({ method: "GET", url: orgUrl(w) }),
    expected: everyone(200),
  },
  {
    route: "GET /api/v1/organizations/{id}",
    variant: "hidden from the directory",
    hidden: true,
    request: (w) => ({ method: "GET", url: orgUrl(w) }),
    // Platform administrators review hidden organisations too.
    expected: { ...membersOf(200, 404), anonymous: 404, platformAdmin: 200 },
  },
  {
    route: "PATCH /api/v1/organizations/{id}",
    request: (w) => ({
      method: "PATCH",
      url: orgUrl(w),
      payload: { website: "https://changed.example" },
    }),
    expected: managers(200),
  },
  {
    route: "PATCH /api/v1/organizations/{id}",
    variant: "hidden from the directory",
    hidden: true,
    request: (w) => ({
      method: "PATCH",
      url: orgUrl(w),
      payload: { website: "https://changed.example" },
    }),
    expected: managers(200, 404),
  },
  {
    route: "PUT /api/v1/organizations/{id}/logo",
    request: (w) => ({
      method: "PUT",
      url: orgUrl(w, "/logo"),
      payload: pngWithComment(w.orgId),
      headers: { "content-type": "image/png" },
    }),
    expected: managers(200),
  },
  {
    route: "GET /api/v1/organizations/{id}/logo",
    withLogo: true,
    request: (w) => ({ method: "GET", url: orgUrl(w, "/logo") }),
    expected: everyone(200),
  },
  {
    route: "GET /api/v1/organizations/{id}/logo",
    variant: "hidden from the directory",
    hidden: true,
    withLogo: true,
    request: (w) => ({ method: "GET", url: orgUrl(w, "/logo") }),
    expected: { ...membersOf(200, 404), anonymous: 404, platformAdmin: 200 },
  },
  {
    route: "GET /api/v1/organizations/{id}/members",
    request: (w) => ({ method: "GET", url: orgUrl(w, "/members") }),
    expected: membersOf(200),
  },
  {
    route: "GET /api/v1/organizations/{id}/members",
    variant: "hidden from the directory",
    hidden: true,
    request: (w) => ({ method: "GET", url: orgUrl(w, "/members") }),
    expected: membersOf(200, 404),
  },
  {
    route: "PATCH /api/v1/organizations/{id}/members/{userId}",
    variant: "member to admin",
    request: (w) => ({
      method: "PATCH",
      url: orgUrl(w, `/members/${w.target.userId}`),
      payload: { role: "admin" },
    }),
    expected: managers(200),
  },
  {
    route: "PATCH /api/v1/organizations/{id}/members/{userId}",
    variant: "member to owner",
    request: (w) => ({
      method: "PATCH",
      url: orgUrl(w, `/members/${w.target.userId}`),
      payload: { role: "owner" },
    }),
    expected: ownersOnly(200),
  },
  {
    route: "PATCH /api/v1/organizations/{id}/members/{userId}",
    variant: "owner to member",
    targetRole: "owner",
    request: (w) => ({
      method: "PATCH",
      url: orgUrl(w, `/members/${w.target.userId}`),
      payload: { role: "member" },
    }),
    expected: ownersOnly(200),
  },
  {
    route: "DELETE /api/v1/organizations/{id}/members/{userId}",
    variant: "a member",
    request: (w) => ({ method: "DELETE", url: orgUrl(w, `/members/${w.target.userId}`) }),
    expected: managers(204),
  },
  {
    route: "DELETE /api/v1/organizations/{id}/members/{userId}",
    variant: "an owner",
    targetRole: "owner",
    request: (w) => ({ method: "DELETE", url: orgUrl(w, `/members/${w.target.userId}`) }),
    expected: ownersOnly(204),
  },
  {
    route: "GET /api/v1/organizations/{id}/invitations",
    request: (w) => ({ method: "GET", url: orgUrl(w, "/invitations") }),
    expected: managers(200),
  },
  {
    route: "POST /api/v1/organizations/{id}/invitations",
    variant: "as member",
    request: (w) => ({
      method: "POST",
      url: orgUrl(w, "/invitations"),
      payload: { email: uniqueEmail("invited"), role: "member" },
    }),
    expected: managers(201),
  },
  {
    route: "POST /api/v1/organizations/{id}/invitations",
    variant: "as owner",
    request: (w) => ({
      method: "POST",
      url: orgUrl(w, "/invitations"),
      payload: { email: uniqueEmail("invited"), role: "owner" },
    }),
    expected: ownersOnly(201),
  },
  {
    route: "DELETE /api/v1/organizations/{id}/invitations/{invitationId}",
    request: (w) => ({ method: "DELETE", url: orgUrl(w, `/invitations/${w.invitationId}`) }),
    expected: managers(204),
  },
  {
    route: "GET /api/v1/invitations/{token}",
    // The token is the credential: whoever holds the link may read what it offers.
    request: (w) => ({ method: "GET", url: `/api/v1/invitations/${w.token}` }),
    expected: everyone(200),
  },
  {
    route: "POST /api/v1/invitations/accept",
    variant: "a link sent to someone else",
    request: (w) => ({
      method: "POST",
      url: "/api/v1/invitations/accept",
      payload: { token: w.token },
    }),
    expected: signedIn(403),
  },
  {
    route: "GET /api/v1/directory",
    request: () => ({ method: "GET", url: "/api/v1/directory" }),
    expected: everyone(200),
  },
  {
    route: "GET /api/v1/admin/organizations",
    request: () => ({ method: "GET", url: "/api/v1/admin/organizations" }),
    expected: platformAdminsOnly(200),
  },
  {
    route: "PUT /api/v1/admin/organizations/{id}/verification",
    request: (w) => ({
      method: "PUT",
      url: `/api/v1/admin/organizations/${w.orgId}/verification`,
      payload: { verified: true },
    }),
    expected: platformAdminsOnly(200),
  },
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
];

describe.each(backends)("access control on %s", (backend) => {
  let t: TestApp;
  let people: Record<Exclude<Caller, "anonymous">, SignedIn> & {
    target: SignedIn;
    invitee: string;
  };
  let otherOrgId: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    const otherOrgMember = await signedInUser(t, "other-org-member");
    otherOrgId = await createOrganization(t, otherOrgMember, { name: "Another Organisation" });
    people = {
      otherOrgMember,
      member: await signedInUser(t, "member"),
      admin: await signedInUser(t, "admin"),
      owner: await signedInUser(t, "owner"),
      platformAdmin: await signedInUser(t, "platform-admin", { isPlatformAdmin: true }),
      target: await signedInUser(t, "target"),
      invitee: uniqueEmail("invitee"),
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A fresh target organisation with its people, an open invitation and, if asked, a logo. */
  async function world(c: Case): Promise<World> {
    const { owner, admin, member, target } = people;
    const orgId = await createOrganization(t, owner, {
      name: "Target Organisation",
      hiddenFromDirectory: c.hidden === true,
    });
    await addMember(t, orgId, admin.userId, "admin");
    await addMember(t, orgId, member.userId, "member");
    await addMember(t, orgId, target.userId, c.targetRole ?? "member");
    const invited = await call(t, "POST", `/api/v1/organizations/${orgId}/invitations`, {
      as: owner,
      payload: { email: people.invitee, role: "member" },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    if (c.withLogo) {
      const logo = await call(t, "PUT", `/api/v1/organizations/${orgId}/logo`, {
        as: owner,
        payload: pngBytes,
        headers: { "content-type": "image/png" },
      });
      expect(logo.statusCode, logo.body).toBe(200);
    }
    let coalitionId = "";
    if (c.coalition) {
      const created = await call(t, "POST", "/api/v1/coalitions", {
        as: owner,
        payload: { organizationId: orgId, name: "Civic Space", visibility: c.coalition, charter },
      });
      expect(created.statusCode, created.body).toBe(201);
      coalitionId = (created.json() as { id: string }).id;
      if (c.invitesOther) {
        const invitedOther = await call(
          t,
          "POST",
          `/api/v1/coalitions/${coalitionId}/invitations`,
          {
            as: owner,
            payload: { organizationId: otherOrgId },
          },
        );
        expect(invitedOther.statusCode, invitedOther.body).toBe(201);
      }
    }
    return {
      orgId,
      target,
      invitationId: (invited.json() as { id: string }).id,
      token: tokenFrom(t.mails.lastTo(people.invitee)?.link),
      coalitionId,
      otherOrgId,
    };
  }

  it("has a row for every /api/v1 route", () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/api/v1/"))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      );

    expect(new Set(cases.map((c) => c.route))).toEqual(new Set(routes));
  });

  for (const c of cases) {
    const name = `${c.route}${c.variant ? ` (${c.variant})` : ""}`;
    it(`${name} answers each caller as its policy says`, async () => {
      const actual = {} as Expected;
      for (const caller of callers) {
        const w = await world(c);
        const request = c.request(w);
        const before = await databaseState(t);

        const response = await call(t, request.method, request.url, {
          as: caller === "anonymous" ? null : people[caller],
          ...(request.payload === undefined ? {} : { payload: request.payload }),
          ...(request.headers ? { headers: request.headers } : {}),
        });

        actual[caller] = response.statusCode;
        const after = await databaseState(t);
        const label = `${name} as ${caller}`;
        if (response.statusCode >= 400) {
          // A refusal explains itself as problem+json and leaves everything as it was.
          expectProblem(response, response.statusCode);
          expect(after, label).toEqual(before);
        } else {
          expect(response.headers["content-type"] ?? "", label).not.toMatch(/problem/);
          if (request.method === "GET") expect(after, label).toEqual(before);
          else expect(after, label).not.toEqual(before);
        }
      }
      expect(actual).toEqual(c.expected);
    });
  }
});
