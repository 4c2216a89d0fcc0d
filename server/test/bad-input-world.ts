/*
 * What the bad-input property test's routes refer to (server/bad-input.suite.ts): an owner who
 * is also a platform administrator (so no refusal is down to who asks), an invitee, and one of
 * each thing the routes take an id of, made through the API. Each domain makes its things in
 * its own block, marked as the route table's files are; a campaign and its parts in
 * bad-input-world-campaigns.ts, agreements and grants beside their routes.
 */
import { expect } from "vitest";
import { type SignedIn, createOrganization, signedInUser, testPassword } from "./actors.ts";
import type { TestApp } from "./harness.ts";
import { addMember, pngBytes, tokenFrom } from "./org-helpers.ts";
import type { Ids } from "./bad-input-route.ts";
import { fill } from "./bad-input-requests.ts";
import { writeRoutes } from "./bad-input-routes.ts";
import { agreementWorld } from "./bad-input-routes-agreements.ts";
import { campaignWorld } from "./bad-input-world-campaigns.ts";

export async function badInputWorld(
  t: TestApp,
): Promise<{ owner: SignedIn; invitee: SignedIn; ids: Ids }> {
  // Owner and platform administrator: no refusal below can be down to who is asking.
  const owner = await signedInUser(t, "owner", { isPlatformAdmin: true });
  const member = await signedInUser(t, "member");
  const invitee = await signedInUser(t, "invitee");
  const organizationId = await createOrganization(t, owner);
  await addMember(t, organizationId, member.userId, "member");
  const invited = await t.app.inject({
    method: "POST",
    url: `/api/v1/organizations/${organizationId}/invitations`,
    headers: owner.headers,
    payload: { email: invitee.email, role: "member" },
  });
  expect(invited.statusCode, invited.body).toBe(201);
  const coalition = await t.app.inject({
    method: "POST",
    url: "/api/v1/coalitions",
    headers: owner.headers,
    payload: fill(writeRoutes.find((r) => r.path === "/api/v1/coalitions")?.validBody ?? {}, {
      organizationId,
    } as Ids),
  });
  expect(coalition.statusCode, coalition.body).toBe(201);
  /** Signs the owner in a second time and answers that session's id. */
  const otherSessionOf = async (who: SignedIn) => {
    const again = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: who.headers.origin, "content-type": "application/json" },
      payload: { email: who.email, password: testPassword },
    });
    expect(again.statusCode, again.body).toBe(200);
    const listed = await t.app.inject({ url: "/api/v1/me/sessions", headers: who.headers });
    const other = (listed.json() as { items: { id: string; current: boolean }[] }).items.find(
      (s) => !s.current,
    );
    if (!other) throw new Error(`no second session: ${listed.body}`);
    return other.id;
  };
  const ids: Ids = {
    organizationId,
    memberId: member.userId,
    invitationId: invited.json().id,
    ownerId: owner.userId,
    coalitionId: coalition.json().id,
    otherOrganizationId: await createOrganization(t, member, { name: "Invited Organisation" }),
    applicantOrganizationId: await createOrganization(t, owner, { name: "Applicant" }),
    action: "remove",
    proposalId: "",
    meetingId: "",
    actionItemId: "",
    threadId: "",
    commentId: "",
    needId: "",
    sessionId: await otherSessionOf(owner),
    invitationToken: tokenFrom(t.mails.lastTo(invitee.email)?.link),
    charterVersion: "1",
    campaignId: "",
    objectiveId: "",
    progressId: "",
    stakeholderId: "",
    activityId: "",
    messageId: "",
    storyId: "",
    pledgeId: "",
    budgetLineId: "",
    spendingId: "",
    outcomeId: "",
    stakeholderLinkId: "",
    statementId: "",
    statementVersionId: "",
    statementToken: "",
    riskAssessmentId: "",
    mitigationId: "",
    recordId: "",
    fileId: "",
    agreementId: "",
    grantRecordId: "",
    grantId: "",
  };
  const proposal = await t.app.inject({
    method: "POST",
    url: `/api/v1/coalitions/${ids.coalitionId}/proposals`,
    headers: owner.headers,
    payload: fill(
      writeRoutes.find((r) => r.path === "/api/v1/coalitions/:id/proposals")?.validBody ?? {},
      ids,
    ),
  });
  expect(proposal.statusCode, proposal.body).toBe(201);
  ids.proposalId = proposal.json().id;
  const hour = 3_600_000;
  const meeting = await t.app.inject({
    method: "POST",
    url: `/api/v1/coalitions/${ids.coalitionId}/meetings`,
    headers: owner.headers,
    payload: {
      title: "Meeting under way",
      startsAt: new Date(Date.now() - hour).toISOString(),
      endsAt: new Date(Date.now() + hour).toISOString(),
      timeZone: "Asia/Amman",
      location: "Amman",
    },
  });
  expect(meeting.statusCode, meeting.body).toBe(201);
  ids.meetingId = meeting.json().id;
  const item = await t.app.inject({
    method: "POST",
    url: `/api/v1/coalitions/${ids.coalitionId}/action-items`,
    headers: owner.headers,
    payload: {
      title: "Share the minutes",
      ownerOrganizationId: organizationId,
      dueDate: "2030-02-01",
    },
  });
  expect(item.statusCode, item.body).toBe(201);
  ids.actionItemId = item.json().id;
  const concern = await t.app.inject({
    method: "POST",
    url: `/api/v1/coalitions/${ids.coalitionId}/threads`,
    headers: owner.headers,
    payload: {
      organizationId,
      kind: "concern",
      title: "Access at risk",
      concern: {
        problem: { original: "en", texts: { en: "Access at risk." } },
        endGoal: { original: "en", texts: { en: "Speak without losing it." } },
        participants: [],
      },
      comment: { text: "Let us talk." },
    },
  });
  expect(concern.statusCode, concern.body).toBe(201);
  ids.threadId = concern.json().id;
  const comments = await t.app.inject({
    method: "GET",
    url: `/api/v1/threads/${ids.threadId}/comments`,
    headers: owner.headers,
  });
  ids.commentId = comments.json().items[0].id;
  const saved = await t.app.inject({
    method: "POST",
    url: "/api/v1/discovery/needs",
    headers: owner.headers,
    payload: fill(
      writeRoutes.find((r) => r.path === "/api/v1/discovery/needs")?.validBody ?? {},
      ids,
    ),
  });
  expect(saved.statusCode, saved.body).toBe(201);
  ids.needId = saved.json().id;
  await campaignWorld(t, owner, ids);

  // ── joint statements: an open statement and its invitation link ──
  const statement = await t.app.inject({
    method: "POST",
    url: `/api/v1/coalitions/${ids.coalitionId}/statements`,
    headers: owner.headers,
    payload: fill(
      writeRoutes.find((r) => r.path === "/api/v1/coalitions/:id/statements")?.validBody ?? {},
      ids,
    ),
  });
  expect(statement.statusCode, statement.body).toBe(201);
  ids.statementId = statement.json().id;
  ids.statementVersionId = statement.json().current.id;
  const opened = await t.app.inject({
    method: "PATCH",
    url: `/api/v1/statements/${ids.statementId}`,
    headers: owner.headers,
    payload: { status: "open" },
  });
  expect(opened.statusCode, opened.body).toBe(200);
  const link = await t.app.inject({
    method: "POST",
    url: `/api/v1/statements/${ids.statementId}/invitation`,
    headers: owner.headers,
  });
  expect(link.statusCode, link.body).toBe(201);
  ids.statementToken = link.json().token;
  // ── end of joint statements ──
  // ── risk assessments: make what their routes need below (ids.…) ──
  const riskMade = async (url: string, path: string) => {
    const made = await t.app.inject({
      method: "POST",
      url,
      headers: owner.headers,
      payload: fill(writeRoutes.find((r) => r.path === path)?.validBody ?? {}, ids),
    });
    expect(made.statusCode, made.body).toBe(201);
    return made.json().id as string;
  };
  ids.riskAssessmentId = await riskMade(
    `/api/v1/coalitions/${ids.coalitionId}/risk-assessments`,
    "/api/v1/coalitions/:id/risk-assessments",
  );
  ids.mitigationId = await riskMade(
    `/api/v1/risk-assessments/${ids.riskAssessmentId}/mitigations`,
    "/api/v1/risk-assessments/:id/mitigations",
  );
  // ── end of risk assessments ──
  // ── records: a public record of the owner's organisation ──
  const record = await t.app.inject({
    method: "POST",
    url: "/api/v1/records",
    headers: owner.headers,
    payload: fill(
      writeRoutes.find((r) => r.method === "POST" && r.path === "/api/v1/records")?.validBody ?? {},
      ids,
    ),
  });
  expect(record.statusCode, record.body).toBe(201);
  ids.recordId = record.json().id;
  const file = await t.app.inject({
    method: "POST",
    url: `/api/v1/records/${ids.recordId}/files?name=market.png`,
    headers: { ...owner.headers, "content-type": "application/octet-stream" },
    payload: pngBytes,
  });
  expect(file.statusCode, file.body).toBe(201);
  ids.fileId = file.json().id;
  // ── end of records ──
  await agreementWorld(t, owner, ids);
  const locale = await t.app.inject({
    method: "PATCH",
    url: "/api/v1/me/preferences",
    headers: owner.headers,
    payload: { locale: "fr" },
  });
  expect(locale.statusCode).toBe(200);
  return { owner, invitee, ids };
}
