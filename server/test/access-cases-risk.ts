import { expect } from "vitest";
import {
  type Case,
  type Expected,
  type PrepareContext,
  convenerOnly,
  coalitionUrl,
  membersOf,
  secretCoalition,
  unknownOutside,
  otherJoins,
} from "./access-policy.ts";
import { call } from "./org-helpers.ts";

const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

/** An assessment of a publication, opened by the convener (the target organisation's owner). */
async function assessment({ t, world, owner }: PrepareContext) {
  const made = await call(t, "POST", coalitionUrl(world, "/risk-assessments"), {
    as: owner,
    payload: { subjectKind: "publication", title: "Report on detentions" },
  });
  expect(made.statusCode, made.body).toBe(201);
  return (made.json() as { id: string }).id;
}

async function mitigation(context: PrepareContext, ownerOrganizationId: string) {
  const assessmentId = await assessment(context);
  const made = await call(
    context.t,
    "POST",
    `/api/v1/risk-assessments/${assessmentId}/mitigations`,
    { as: context.owner, payload: { title: "Brief the field teams", ownerOrganizationId } },
  );
  expect(made.statusCode, made.body).toBe(201);
  return { assessmentId, mitigationId: (made.json() as { id: string }).id };
}

/** The proposal deciding an assessed action. */
async function decision(context: PrepareContext) {
  const assessmentId = await assessment(context);
  const made = await call(context.t, "POST", `/api/v1/risk-assessments/${assessmentId}/decision`, {
    as: context.owner,
    payload: {
      organizationId: context.world.orgId,
      closesAt: inADay(),
      messengers: [context.world.orgId],
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  return { assessmentId, decisionId: (made.json() as { id: string }).id };
}

const convenerOrOther = (status: number): Expected => ({
  ...convenerOnly(status),
  otherOrgMember: status,
});

/** Joint risk assessments, their answers, register, fronting advice and deciding proposals. */
export const riskCases: Case[] = [
  {
    route: "POST /api/v1/coalitions/{id}/risk-assessments",
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/risk-assessments"),
      payload: { subjectKind: "publication", title: "Report on detentions" },
    }),
    expected: unknownOutside(convenerOnly(201), "write"),
  },
  {
    route: "GET /api/v1/coalitions/{id}/risk-assessments",
    coalition: "unlisted",
    prepare: async (c) => ({ assessmentId: await assessment(c) }),
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/risk-assessments") }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "GET /api/v1/risk-assessments/{id}",
    coalition: "unlisted",
    prepare: async (c) => ({ assessmentId: await assessment(c) }),
    request: (w) => ({ method: "GET", url: `/api/v1/risk-assessments/${w.extra.assessmentId}` }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "GET /api/v1/risk-assessments/{id}",
    variant: "secret",
    coalition: "secret",
    prepare: async (c) => ({ assessmentId: await assessment(c) }),
    request: (w) => ({ method: "GET", url: `/api/v1/risk-assessments/${w.extra.assessmentId}` }),
    expected: secretCoalition(200),
  },
  {
    route: "PUT /api/v1/risk-assessments/{id}/responses/{organizationId}",
    coalition: "unlisted",
    prepare: async (c) => ({ assessmentId: await assessment(c) }),
    request: (w) => ({
      method: "PUT",
      url: `/api/v1/risk-assessments/${w.extra.assessmentId}/responses/${w.orgId}`,
      payload: { ratings: [{ category: "access", likelihood: 4, impact: 5 }] },
    }),
    // Only the organisation's representative answers for it: not its admin or members.
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "PUT /api/v1/risk-assessments/{id}/responses/{organizationId}",
    variant: "a member organisation answers for itself alone",
    coalition: "unlisted",
    prepare: async (c) => {
      await otherJoins(c);
      return { assessmentId: await assessment(c) };
    },
    request: (w) => ({
      method: "PUT",
      url: `/api/v1/risk-assessments/${w.extra.assessmentId}/responses/${w.otherOrgId}`,
      payload: { ratings: [{ category: "legal", likelihood: 2, impact: 2 }], shareByName: true },
    }),
    expected: {
      ...unknownOutside(convenerOnly(403), "write", ["platformAdmin"]),
      otherOrgMember: 200,
    },
  },
  {
    route: "POST /api/v1/risk-assessments/{id}/mitigations",
    coalition: "unlisted",
    prepare: async (c) => ({ assessmentId: await assessment(c) }),
    request: (w) => ({
      method: "POST",
      url: `/api/v1/risk-assessments/${w.extra.assessmentId}/mitigations`,
      payload: { title: "Clear the text with the lawyers", ownerOrganizationId: w.orgId },
    }),
    expected: unknownOutside(convenerOnly(201), "write"),
  },
  {
    route: "PATCH /api/v1/mitigations/{id}",
    variant: "the owner organisation or the convening side marks it done",
    coalition: "unlisted",
    prepare: async (c) => {
      await otherJoins(c);
      return mitigation(c, c.world.otherOrgId);
    },
    request: (w) => ({
      method: "PATCH",
      url: `/api/v1/mitigations/${w.extra.mitigationId}`,
      payload: { status: "done" },
    }),
    expected: unknownOutside(convenerOrOther(200), "write", ["platformAdmin"]),
  },
  {
    route: "PATCH /api/v1/mitigations/{id}",
    variant: "only the convening side edits it",
    coalition: "unlisted",
    prepare: async (c) => {
      await otherJoins(c);
      return mitigation(c, c.world.otherOrgId);
    },
    request: (w) => ({
      method: "PATCH",
      url: `/api/v1/mitigations/${w.extra.mitigationId}`,
      payload: { dueOn: "2030-03-01" },
    }),
    expected: unknownOutside(convenerOnly(200), "write", ["platformAdmin"]),
  },
  {
    route: "GET /api/v1/risk-assessments/{id}/fronting",
    coalition: "unlisted",
    prepare: async (c) => ({ assessmentId: await assessment(c) }),
    request: (w) => ({
      method: "GET",
      url: `/api/v1/risk-assessments/${w.extra.assessmentId}/fronting`,
    }),
    expected: unknownOutside(convenerOnly(200), "read"),
  },
  {
    route: "POST /api/v1/risk-assessments/{id}/decision",
    coalition: "unlisted",
    prepare: async (c) => ({ assessmentId: await assessment(c) }),
    request: (w) => ({
      method: "POST",
      url: `/api/v1/risk-assessments/${w.extra.assessmentId}/decision`,
      payload: { organizationId: w.orgId, closesAt: inADay(), messengers: [w.orgId] },
    }),
    expected: unknownOutside(convenerOnly(201), "write"),
  },
  {
    route: "GET /api/v1/proposals/{id}/risk",
    coalition: "unlisted",
    prepare: decision,
    request: (w) => ({ method: "GET", url: `/api/v1/proposals/${w.extra.decisionId}/risk` }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "GET /api/v1/proposals/{id}/risk",
    variant: "secret",
    coalition: "secret",
    prepare: decision,
    request: (w) => ({ method: "GET", url: `/api/v1/proposals/${w.extra.decisionId}/risk` }),
    expected: secretCoalition(200),
  },
];
