import type { InjectOptions } from "fastify";
import { defaultDecisionRules } from "../../shared/coalitions.ts";
import type { SignedIn } from "./actors.ts";
import type { TestApp } from "./harness.ts";
import { expect } from "vitest";
import { call, pngBytes } from "./org-helpers.ts";

/**
 * Who may call what: the vocabulary of the access-control table (server/access-control.suite.ts).
 * Every /api/v1 route is called by six people, against a fresh organisation each time: nobody,
 * a member of another organisation, and a member, an admin and an owner of the target
 * organisation, and a platform administrator who belongs to none.
 */
export const callers = [
  "anonymous",
  "otherOrgMember",
  "member",
  "admin",
  "owner",
  "platformAdmin",
] as const;
export type Caller = (typeof callers)[number];
export type Expected = Record<Caller, number>;

/** The target organisation as one cell of the table sees it. */
export type World = {
  orgId: string;
  /** A plain member, or a second owner when the case asks for one. */
  target: SignedIn;
  invitationId: string;
  token: string;
  /** A coalition the target organisation convenes (its owner represents it), when asked. */
  coalitionId: string;
  /** "Another Organisation", which the other organisation's member owns. */
  otherOrgId: string;
  proposalId: string;
  /** Whatever the case's own `prepare` made (a meeting id, a thread id, …). */
  extra: Record<string, string>;
};

/** What a case's `prepare` step may use to build its fixtures. */
export type PrepareContext = {
  t: TestApp;
  world: World;
  /** The target organisation's owner, who also represents it in the coalition. */
  owner: SignedIn;
  /** The other organisation's member, who owns "Another Organisation". */
  otherOrgMember: SignedIn;
};
export type Request = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  payload?: InjectOptions["payload"];
  headers?: Record<string, string>;
};
export type Case = {
  /** Method and OpenAPI path, as the route table names it. */
  route: string;
  variant?: string;
  hidden?: boolean;
  targetRole?: "member" | "owner";
  withLogo?: boolean;
  coalition?: "unlisted" | "secret";
  /** The coalition has invited the other organisation. */
  invitesOther?: boolean;
  /** A consent proposal the convener put, still open or already closed. */
  proposal?: "open" | "closed";
  /**
   * Fixtures of the case's own module, made after the rest of the world: returns ids that
   * the request reads from `world.extra`.
   */
  prepare?: (context: PrepareContext) => Promise<Record<string, string>>;
  request: (world: World) => Request;
  expected: Expected;
  /** A POST that only reads (a search with a structured body): success changes nothing. */
  readOnly?: boolean;
  /**
   * A read that writes the audit log (a record that is not public): a success may add audit
   * entries and changes nothing else; a refusal still changes nothing at all.
   */
  audited?: boolean;
};

export const everyone = (status: number): Expected => ({
  anonymous: status,
  otherOrgMember: status,
  member: status,
  admin: status,
  owner: status,
  platformAdmin: status,
});
export const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
/** Owners and admins of the organisation; everyone else signed in is refused. */
export const managers = (status: number, outsiders = 403): Expected => ({
  anonymous: 401,
  otherOrgMember: outsiders,
  member: 403,
  admin: status,
  owner: status,
  platformAdmin: outsiders,
});
export const ownersOnly = (status: number): Expected => ({ ...managers(status), admin: 403 });
export const membersOf = (status: number, outsiders = 403): Expected => ({
  ...managers(status, outsiders),
  member: status,
});
export const platformAdminsOnly = (status: number): Expected => ({
  ...signedIn(403),
  platformAdmin: status,
});

export const orgUrl = (w: World, rest = "") => `/api/v1/organizations/${w.orgId}${rest}`;
export const coalitionUrl = (w: World, rest = "") => `/api/v1/coalitions/${w.coalitionId}${rest}`;
export const proposalUrl = (w: World, rest = "") => `/api/v1/proposals/${w.proposalId}${rest}`;
export const text = (en: string) => ({ original: "en", texts: { en } });
export const charter = {
  purpose: text("Protect civic space together."),
  decisionRules: defaultDecisionRules,
  collaborationLevel: "coordination",
};
/** Anyone may read an unlisted coalition by its address. */
export const secretCoalition = (status: number): Expected => ({
  ...membersOf(status, 404),
  anonymous: 404,
});
/** The convening organisation's representative: here its owner, who created the coalition. */
export const convenerOnly = (status: number): Expected => ({ ...managers(status), admin: 403 });
export const pngWithComment = (text: string) =>
  // Different bytes each time; the text after the image is dropped when the logo is
  // re-encoded, so a write still changes something only because each world starts without one.
  Buffer.concat([pngBytes, Buffer.from(text)]);

/**
 * Something inside a coalition (a proposal, meeting, action item, thread or comment): to
 * the callers outside it does not exist, so they get the 404 an unknown id gets; a read
 * answers a signed-out caller the same way, a write asks for a session first.
 */
export const unknownOutside = (
  expected: Expected,
  kind: "read" | "write",
  outside: Caller[] = ["otherOrgMember", "platformAdmin"],
): Expected => ({
  ...expected,
  ...Object.fromEntries(outside.map((caller) => [caller, 404])),
  ...(kind === "read" ? { anonymous: 404 } : {}),
});

/** The other organisation accepts the coalition's invitation, and so is inside it. */
export async function otherJoins({ t, world, owner, otherOrgMember }: PrepareContext) {
  const invited = await call(t, "POST", coalitionUrl(world, "/invitations"), {
    as: owner,
    payload: { organizationId: world.otherOrgId },
  });
  expect(invited.statusCode, invited.body).toBe(201);
  const accepted = await call(
    t,
    "POST",
    coalitionUrl(world, `/members/${world.otherOrgId}/accept`),
    {
      as: otherOrgMember,
    },
  );
  expect(accepted.statusCode, accepted.body).toBe(200);
}
