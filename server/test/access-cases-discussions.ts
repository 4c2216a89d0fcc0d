import { expect } from "vitest";
import {
  type Case,
  type PrepareContext,
  coalitionUrl,
  convenerOnly,
  membersOf,
  proposalUrl,
  secretCoalition,
  text,
  unknownOutside,
  otherJoins,
} from "./access-policy.ts";
import { call } from "./org-helpers.ts";

const resolve = {
  status: "resolved",
  resolution: text("The convener speaks alone; no agency is named."),
};

async function created(response: Awaited<ReturnType<typeof call>>): Promise<string> {
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

/** A discussion the target organisation opened, with one comment by its owner. */
async function discussion({ t, world, owner }: PrepareContext) {
  const threadId = await created(
    await call(t, "POST", coalitionUrl(world, "/threads"), {
      as: owner,
      payload: {
        organizationId: world.orgId,
        title: "Next steps on access",
        comment: { text: "Who can join the **field visit**?" },
      },
    }),
  );
  const list = await call(t, "GET", `/api/v1/threads/${threadId}/comments`, { as: owner });
  const commentId = (list.json() as { items: { id: string }[] }).items[0]?.id ?? "";
  return { threadId, commentId };
}

/** A concern raised by `by`, naming no other organisation. */
async function concern(context: PrepareContext, by: "target" | "other") {
  const { t, world, owner, otherOrgMember } = context;
  return created(
    await call(t, "POST", coalitionUrl(world, "/threads"), {
      as: by === "target" ? owner : otherOrgMember,
      payload: {
        organizationId: by === "target" ? world.orgId : world.otherOrgId,
        kind: "concern",
        title: "The statement would cost us access",
        concern: { problem: text("Access at risk."), endGoal: text("Speak without losing it.") },
      },
    }),
  );
}

/** A comment the other organisation wrote, once inside the coalition. */
async function otherComment(context: PrepareContext) {
  await otherJoins(context);
  const { threadId } = await discussion(context);
  const commentId = await created(
    await call(context.t, "POST", `/api/v1/threads/${threadId}/comments`, {
      as: context.otherOrgMember,
      payload: { organizationId: context.world.otherOrgId, text: "We disagree." },
    }),
  );
  return { threadId, commentId };
}

/** Inside the coalition, but neither raising nor named in the concern: it does not exist. */
const notNamed = { ...membersOf(200), otherOrgMember: 404 };
/** The other organisation, inside the coalition, as author; the target's owner as convener. */
const authorOrConvener = { ...convenerOnly(200), otherOrgMember: 200 };

/** Discussion threads, concerns and comments. */
export const discussionCases: Case[] = [
  {
    route: "POST /api/v1/coalitions/{id}/threads",
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/threads"),
      payload: { organizationId: w.orgId, title: "Planning the field visit" },
    }),
    // Members and admins of the convening organisation read, but only its representative speaks.
    expected: convenerOnly(201),
  },
  {
    route: "POST /api/v1/coalitions/{id}/threads",
    variant: "secret",
    coalition: "secret",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/threads"),
      payload: {
        organizationId: w.orgId,
        kind: "concern",
        title: "A concern",
        concern: { problem: text("A problem."), endGoal: text("A goal.") },
      },
    }),
    expected: { ...convenerOnly(201), otherOrgMember: 404, platformAdmin: 404 },
  },
  {
    route: "GET /api/v1/coalitions/{id}/threads",
    coalition: "unlisted",
    prepare: discussion,
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/threads?limit=5") }),
    expected: membersOf(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}/threads",
    variant: "secret",
    coalition: "secret",
    prepare: discussion,
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/threads") }),
    expected: secretCoalition(200),
  },
  {
    route: "GET /api/v1/threads/{id}",
    coalition: "unlisted",
    prepare: discussion,
    request: (w) => ({ method: "GET", url: `/api/v1/threads/${w.extra.threadId}` }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "GET /api/v1/threads/{id}",
    variant: "a concern the other organisation is not named in",
    coalition: "unlisted",
    prepare: async (context) => {
      await otherJoins(context);
      return { threadId: await concern(context, "target") };
    },
    request: (w) => ({ method: "GET", url: `/api/v1/threads/${w.extra.threadId}` }),
    expected: unknownOutside(notNamed, "read"),
  },
  {
    route: "PATCH /api/v1/threads/{id}",
    coalition: "unlisted",
    prepare: async (context) => ({ threadId: await concern(context, "target") }),
    request: (w) => ({
      method: "PATCH",
      url: `/api/v1/threads/${w.extra.threadId}`,
      payload: { organizationId: w.orgId, ...resolve },
    }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "PATCH /api/v1/threads/{id}",
    variant: "the other organisation raised it",
    coalition: "unlisted",
    prepare: async (context) => {
      await otherJoins(context);
      return { threadId: await concern(context, "other") };
    },
    request: (w) => ({
      method: "PATCH",
      url: `/api/v1/threads/${w.extra.threadId}`,
      // Each acts for the organisation they represent: the raiser or the convener.
      payload: { organizationId: w.otherOrgId, ...resolve },
    }),
    expected: unknownOutside({ ...convenerOnly(403), otherOrgMember: 200 }, "write", [
      "platformAdmin",
    ]),
  },
  {
    route: "GET /api/v1/proposals/{id}/thread",
    coalition: "unlisted",
    proposal: "open",
    request: (w) => ({ method: "GET", url: proposalUrl(w, "/thread") }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "GET /api/v1/proposals/{id}/thread",
    variant: "secret",
    coalition: "secret",
    proposal: "closed",
    request: (w) => ({ method: "GET", url: proposalUrl(w, "/thread") }),
    expected: secretCoalition(200),
  },
  {
    route: "POST /api/v1/threads/{id}/comments",
    coalition: "unlisted",
    prepare: discussion,
    request: (w) => ({
      method: "POST",
      url: `/api/v1/threads/${w.extra.threadId}/comments`,
      payload: { organizationId: w.orgId, text: "I can go on _Tuesday_." },
    }),
    expected: unknownOutside(convenerOnly(201), "write"),
  },
  {
    route: "POST /api/v1/threads/{id}/comments",
    variant: "the first comment on a proposal",
    coalition: "secret",
    proposal: "open",
    request: (w) => ({
      method: "POST",
      url: `/api/v1/threads/${w.proposalId}/comments`,
      payload: { organizationId: w.orgId, text: "Please read before voting." },
    }),
    expected: { ...convenerOnly(201), otherOrgMember: 404, platformAdmin: 404 },
  },
  {
    route: "GET /api/v1/threads/{id}/comments",
    coalition: "unlisted",
    prepare: discussion,
    request: (w) => ({ method: "GET", url: `/api/v1/threads/${w.extra.threadId}/comments` }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "PATCH /api/v1/comments/{id}",
    coalition: "unlisted",
    prepare: discussion,
    request: (w) => ({
      method: "PATCH",
      url: `/api/v1/comments/${w.extra.commentId}`,
      payload: { text: "Who can join the field visit on Tuesday?" },
    }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "PATCH /api/v1/comments/{id}",
    variant: "the other organisation wrote it",
    coalition: "unlisted",
    prepare: otherComment,
    request: (w) => ({
      method: "PATCH",
      url: `/api/v1/comments/${w.extra.commentId}`,
      payload: { text: "We disagree, for two reasons." },
    }),
    // Only the author edits, not even the convener.
    expected: unknownOutside({ ...convenerOnly(403), otherOrgMember: 200 }, "write", [
      "platformAdmin",
    ]),
  },
  {
    route: "DELETE /api/v1/comments/{id}",
    coalition: "unlisted",
    prepare: discussion,
    request: (w) => ({ method: "DELETE", url: `/api/v1/comments/${w.extra.commentId}` }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "DELETE /api/v1/comments/{id}",
    variant: "the other organisation wrote it",
    coalition: "unlisted",
    prepare: otherComment,
    request: (w) => ({ method: "DELETE", url: `/api/v1/comments/${w.extra.commentId}` }),
    expected: unknownOutside(authorOrConvener, "write", ["platformAdmin"]),
  },
  {
    route: "GET /api/v1/comments/{id}/revisions",
    coalition: "unlisted",
    prepare: discussion,
    request: (w) => ({ method: "GET", url: `/api/v1/comments/${w.extra.commentId}/revisions` }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "GET /api/v1/comments/{id}/revisions",
    variant: "withdrawn: kept for the convener side",
    coalition: "unlisted",
    prepare: async (context) => {
      const made = await otherComment(context);
      const withdrawn = await call(context.t, "DELETE", `/api/v1/comments/${made.commentId}`, {
        as: context.otherOrgMember,
      });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      return made;
    },
    request: (w) => ({ method: "GET", url: `/api/v1/comments/${w.extra.commentId}/revisions` }),
    // Users of the convening organisation read it; its author, outside that side, does not.
    expected: unknownOutside(membersOf(200), "read", ["platformAdmin"]),
  },
];
