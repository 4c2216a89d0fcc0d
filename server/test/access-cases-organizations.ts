import { signedInUser, uniqueEmail } from "./actors.ts";
import {
  everyone,
  managers,
  membersOf,
  orgUrl,
  ownersOnly,
  platformAdminsOnly,
  pngWithComment,
  signedIn,
  type Case,
} from "./access-policy.ts";

/** Accounts, organisations, members, invitations, directory and verification. */
export const organizationCases: Case[] = [
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
    route: "GET /api/v1/me/sessions",
    request: () => ({ method: "GET", url: "/api/v1/me/sessions" }),
    expected: signedIn(200),
  },
  {
    // Only one's own sessions can be revoked; another person's is refused like a missing one.
    route: "DELETE /api/v1/me/sessions/{sessionId}",
    variant: "someone else's session",
    prepare: async ({ t }) => {
      const someone = await signedInUser(t, "someone");
      const listed = await t.app.inject({ url: "/api/v1/me/sessions", headers: someone.headers });
      const [session] = (listed.json() as { items: { id: string }[] }).items;
      if (!session) throw new Error(`no session: ${listed.body}`);
      return { sessionId: session.id };
    },
    request: (w) => ({ method: "DELETE", url: `/api/v1/me/sessions/${w.extra.sessionId}` }),
    expected: signedIn(404),
  },
  {
    // Signed out is a normal state: anyone may ask who is signed in.
    route: "GET /api/v1/session",
    request: () => ({ method: "GET", url: "/api/v1/session" }),
    expected: everyone(200),
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
    // Platform administrators review hidden organisations: they know of them, and are refused
    // only what is the organisation's own business.
    expected: { ...managers(200, 404), platformAdmin: 403 },
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
    // Platform administrators review hidden organisations: they know of them, and are refused
    // only what is the organisation's own business.
    expected: { ...membersOf(200, 404), platformAdmin: 403 },
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
];
