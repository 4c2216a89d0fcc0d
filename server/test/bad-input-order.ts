/*
 * The write routes of the bad-input property test in an order in which each one's
 * well-formed request succeeds (server/bad-input.suite.ts): what one route makes, a later one
 * changes or removes. Each domain keeps its block, marked as the route table's files are.
 */
import type { SignedIn } from "./actors.ts";
import { pngBytes } from "./org-helpers.ts";
import type { Ids, Json, Method, WriteRoute } from "./bad-input-route.ts";
import { agreementOrder } from "./bad-input-routes-agreements.ts";

export type Step = [WriteRoute, SignedIn, Json | undefined, string | undefined];

export function wellFormedOrder(
  find: (method: Method, path: string) => WriteRoute,
  who: { owner: SignedIn; invitee: SignedIn; acceptBody: Json },
): Step[] {
  const { owner, invitee, acceptBody } = who;
  return [
    [find("POST", "/api/v1/organizations"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/organizations/:id"), owner, undefined, undefined],
    [find("PUT", "/api/v1/organizations/:id/logo"), owner, pngBytes, "image/png"],
    [find("PATCH", "/api/v1/organizations/:id/members/:userId"), owner, undefined, undefined],
    [find("POST", "/api/v1/organizations/:id/invitations"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/me/preferences"), owner, undefined, undefined],
    [find("PUT", "/api/v1/admin/organizations/:id/verification"), owner, undefined, undefined],
    [find("POST", "/api/v1/invitations/accept"), invitee, acceptBody, undefined],
    [find("DELETE", "/api/v1/organizations/:id/members/:userId"), owner, undefined, undefined],
    [find("POST", "/api/v1/coalitions"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/coalitions/:id"), owner, undefined, undefined],
    [find("PUT", "/api/v1/coalitions/:id/charter"), owner, undefined, undefined],
    [find("POST", "/api/v1/coalitions/:id/invitations"), owner, undefined, undefined],
    [find("POST", "/api/v1/coalitions/:id/applications"), owner, undefined, undefined],
    [
      find("POST", "/api/v1/coalitions/:id/members/:organizationId/:action"),
      owner,
      undefined,
      undefined,
    ],
    [find("PATCH", "/api/v1/coalitions/:id/members/:organizationId"), owner, undefined, undefined],
    [
      find("PUT", "/api/v1/coalitions/:id/members/:organizationId/representatives"),
      owner,
      undefined,
      undefined,
    ],
    [find("POST", "/api/v1/coalitions/:id/proposals"), owner, undefined, undefined],
    [find("PUT", "/api/v1/proposals/:id/stances/:organizationId"), owner, undefined, undefined],
    [find("POST", "/api/v1/proposals/:id/close"), owner, undefined, undefined],
    [find("PUT", "/api/v1/proposals/:id/outcome"), owner, undefined, undefined],
    [find("POST", "/api/v1/coalitions/:id/meetings"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/meetings/:id"), owner, undefined, undefined],
    [find("PUT", "/api/v1/meetings/:id/attendance/:organizationId"), owner, undefined, undefined],
    [find("PUT", "/api/v1/meetings/:id/minutes"), owner, undefined, undefined],
    [find("POST", "/api/v1/coalitions/:id/action-items"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/action-items/:id"), owner, undefined, undefined],
    [find("POST", "/api/v1/coalitions/:id/threads"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/threads/:id"), owner, undefined, undefined],
    [find("POST", "/api/v1/threads/:id/comments"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/comments/:id"), owner, undefined, undefined],
    [find("DELETE", "/api/v1/comments/:id"), owner, undefined, undefined],
    [find("POST", "/api/v1/me/calendar-token"), owner, undefined, undefined],
    [find("DELETE", "/api/v1/me/calendar-token"), owner, undefined, undefined],
    [find("DELETE", "/api/v1/me/sessions/:sessionId"), owner, undefined, undefined],
    [find("POST", "/api/v1/me/notifications/read"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/me/notification-settings"), owner, undefined, undefined],
    [find("POST", "/api/v1/discovery/matches"), owner, undefined, undefined],
    [find("POST", "/api/v1/discovery/team"), owner, undefined, undefined],
    [find("POST", "/api/v1/discovery/suggestions"), owner, undefined, undefined],
    [find("POST", "/api/v1/discovery/team/invitations"), owner, undefined, undefined],
    [find("POST", "/api/v1/discovery/needs"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/discovery/needs/:id"), owner, undefined, undefined],
    [find("DELETE", "/api/v1/discovery/needs/:id"), owner, undefined, undefined],
    [find("POST", "/api/v1/campaigns"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/campaigns/:id"), owner, undefined, undefined],

    // ── campaign objectives: its routes in an order that succeeds ──
    [find("POST", "/api/v1/campaigns/:id/objectives"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/campaigns/:id/objectives/:objectiveId"), owner, undefined, undefined],
    [
      find("POST", "/api/v1/campaigns/:id/objectives/:objectiveId/progress"),
      owner,
      undefined,
      undefined,
    ],
    [
      find("DELETE", "/api/v1/campaigns/:id/objectives/:objectiveId/progress/:progressId"),
      owner,
      undefined,
      undefined,
    ],
    [
      {
        ...find("DELETE", "/api/v1/campaigns/:id/objectives/:objectiveId"),
        url: (i: Ids) =>
          find("DELETE", "/api/v1/campaigns/:id/objectives/:objectiveId").url(i, {
            param: "objectiveId",
            value: (i as Ids & { spareObjectiveId: string }).spareObjectiveId,
          }),
      },
      owner,
      undefined,
      undefined,
    ],
    // ── end of campaign objectives ──

    // ── campaign stakeholders: its routes in an order that succeeds ──
    [find("POST", "/api/v1/campaigns/:id/stakeholders"), owner, undefined, undefined],
    [
      find("PATCH", "/api/v1/campaigns/:id/stakeholders/:stakeholderId"),
      owner,
      undefined,
      undefined,
    ],
    [
      find("POST", "/api/v1/campaigns/:id/stakeholders/:stakeholderId/moves"),
      owner,
      undefined,
      undefined,
    ],
    [find("POST", "/api/v1/campaigns/:id/stakeholder-links"), owner, undefined, undefined],
    [
      find("DELETE", "/api/v1/campaigns/:id/stakeholder-links/:linkId"),
      owner,
      undefined,
      undefined,
    ],
    [find("POST", "/api/v1/campaigns/:id/stakeholders/kumu"), owner, undefined, undefined],
    [
      find("DELETE", "/api/v1/campaigns/:id/stakeholders/:stakeholderId"),
      owner,
      undefined,
      undefined,
    ],
    // ── end of campaign stakeholders ──

    // ── campaign workplan: its routes in an order that succeeds ──
    [find("POST", "/api/v1/campaigns/:id/activities"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/campaigns/:id/activities/:activityId"), owner, undefined, undefined],
    [
      find("POST", "/api/v1/campaigns/:id/activities/:activityId/action-item"),
      owner,
      undefined,
      undefined,
    ],
    [find("DELETE", "/api/v1/campaigns/:id/activities/:activityId"), owner, undefined, undefined],
    // ── end of campaign workplan ──

    // ── campaign messages: its routes in an order that succeeds ──
    [find("POST", "/api/v1/campaigns/:id/messages"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/campaigns/:id/messages/:messageId"), owner, undefined, undefined],
    [
      find("PUT", "/api/v1/campaigns/:id/messages/:messageId/stories/:storyId"),
      owner,
      undefined,
      undefined,
    ],
    [
      find("DELETE", "/api/v1/campaigns/:id/messages/:messageId/stories/:storyId"),
      owner,
      undefined,
      undefined,
    ],
    [find("POST", "/api/v1/campaigns/:id/stories"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/campaigns/:id/stories/:storyId"), owner, undefined, undefined],
    [find("POST", "/api/v1/campaigns/:id/stories/:storyId/withdraw"), owner, undefined, undefined],
    [find("DELETE", "/api/v1/campaigns/:id/messages/:messageId"), owner, undefined, undefined],
    // ── end of campaign messages ──

    // ── campaign resources: its routes in an order that succeeds ──
    // The fund monitor is the owner's organisation (PATCH /api/v1/campaigns/:id above). The
    // line and the entry cannot also be deleted here: the line has spending, and a confirmed
    // entry is kept (resources.test.ts and the access table show both deletions succeed).
    [find("POST", "/api/v1/campaigns/:id/pledges"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/campaigns/:id/pledges/:pledgeId"), owner, undefined, undefined],
    [find("DELETE", "/api/v1/campaigns/:id/pledges/:pledgeId"), owner, undefined, undefined],
    [find("POST", "/api/v1/campaigns/:id/budget-lines"), owner, undefined, undefined],
    [
      find("PATCH", "/api/v1/campaigns/:id/budget-lines/:budgetLineId"),
      owner,
      undefined,
      undefined,
    ],
    [find("POST", "/api/v1/campaigns/:id/spending"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/campaigns/:id/spending/:spendingId"), owner, undefined, undefined],
    [find("POST", "/api/v1/campaigns/:id/spending/:spendingId/query"), owner, undefined, undefined],
    [
      find("POST", "/api/v1/campaigns/:id/spending/:spendingId/confirm"),
      owner,
      undefined,
      undefined,
    ],
    // ── end of campaign resources ──

    // ── campaign outcomes: its routes in an order that succeeds ──
    [find("POST", "/api/v1/campaigns/:id/outcomes"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/campaigns/:id/outcomes/:outcomeId"), owner, undefined, undefined],
    // The review is written once the campaign is closed.
    [find("PATCH", "/api/v1/campaigns/:id"), owner, { status: "closed" }, undefined],
    [find("PUT", "/api/v1/campaigns/:id/review"), owner, undefined, undefined],
    [find("DELETE", "/api/v1/campaigns/:id/outcomes/:outcomeId"), owner, undefined, undefined],
    // ── end of campaign outcomes ──

    // ── joint statements: answers on the first version, then a new one, then publishing ──
    [find("POST", "/api/v1/coalitions/:id/statements"), owner, undefined, undefined],
    [find("POST", "/api/v1/statements/:id/answers"), owner, undefined, undefined],
    [find("POST", "/api/v1/statement-invitations/:token/answers"), owner, undefined, undefined],
    [find("POST", "/api/v1/statements/:id/invitation"), owner, undefined, undefined],
    [find("PATCH", "/api/v1/statements/:id"), owner, undefined, undefined],
    [find("POST", "/api/v1/statements/:id/versions"), owner, undefined, undefined],
    [find("POST", "/api/v1/statements/:id/publish"), owner, undefined, undefined],
    // ── end of joint statements ──
    // ── risk assessments: their routes in an order that succeeds ──
    ...(
      [
        ["POST", "/api/v1/coalitions/:id/risk-assessments"],
        ["PUT", "/api/v1/risk-assessments/:id/responses/:organizationId"],
        ["POST", "/api/v1/risk-assessments/:id/mitigations"],
        ["PATCH", "/api/v1/mitigations/:id"],
        ["POST", "/api/v1/risk-assessments/:id/decision"],
      ] as const
    ).map(([method, path]): [WriteRoute, SignedIn, undefined, undefined] => [
      find(method, path),
      owner,
      undefined,
      undefined,
    ]),
    // ── end of risk assessments ──
    // ── records: a new one, then the world's record edited, consented to and deleted ──
    ...(
      [
        ["POST", "/api/v1/records"],
        ["POST", "/api/v1/organizations/:id/records/import"],
        ["PATCH", "/api/v1/records/:id"],
        ["POST", "/api/v1/records/:id/consents"],
      ] as const
    ).map(([method, path]): [WriteRoute, SignedIn, undefined, undefined] => [
      find(method, path),
      owner,
      undefined,
      undefined,
    ]),
    [find("POST", "/api/v1/records/:id/files"), owner, pngBytes, "application/octet-stream"],
    [find("DELETE", "/api/v1/records/:id"), owner, undefined, undefined],
    // ── end of records ──
    ...agreementOrder(find).map((r): Step => [r, owner, undefined, undefined]),
  ];
}
