import { expect } from "vitest";
import { type Case, type PrepareContext, text } from "./access-policy.ts";
import {
  campaignIn,
  campaignReaders,
  campaignRunners,
  campaignSpeakers,
  campaignUrl,
} from "./campaign-access-kit.ts";
import { call } from "./org-helpers.ts";

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const objective = (ownerOrganizationId: string) => ({
  statement: text("Parliament suspends the arms export licences"),
  indicator: text("Licences suspended"),
  unit: "licences",
  baseline: 0,
  target: 40,
  baselineOn: day(-30),
  deadline: day(300),
  ownerOrganizationId,
});

/** A campaign with an objective the target organisation owns, and (if asked) one reading of it. */
async function withObjective(c: PrepareContext, reading = false): Promise<Record<string, string>> {
  const campaignId = await campaignIn(c);
  const made = await call(c.t, "POST", `/api/v1/campaigns/${campaignId}/objectives`, {
    as: c.owner,
    payload: objective(c.world.orgId),
  });
  expect(made.statusCode, made.body).toBe(201);
  const objectiveId = (made.json() as { id: string }).id;
  if (!reading) return { campaignId, objectiveId };
  const reported = await call(
    c.t,
    "POST",
    `/api/v1/campaigns/${campaignId}/objectives/${objectiveId}/progress`,
    {
      as: c.owner,
      payload: { organizationId: c.world.orgId, value: 5, measuredOn: day(-1) },
    },
  );
  expect(reported.statusCode, reported.body).toBe(201);
  const progressId = (reported.json() as { progress: { id: string }[] }).progress[0]?.id ?? "";
  return { campaignId, objectiveId, progressId };
}

/** The campaign's objectives routes: see campaign-access-kit.ts for the world they meet. */
export const objectiveCases: Case[] = [
  {
    route: "GET /api/v1/campaigns/{id}/objectives",
    coalition: "unlisted",
    prepare: (c) => withObjective(c),
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/objectives") }),
    expected: campaignReaders(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/objectives",
    coalition: "unlisted",
    prepare: async (c) => ({ campaignId: await campaignIn(c) }),
    request: (w) => ({
      method: "POST",
      url: campaignUrl(w, "/objectives"),
      payload: objective(w.orgId),
    }),
    expected: campaignRunners(201),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}/objectives/{objectiveId}",
    coalition: "unlisted",
    prepare: (c) => withObjective(c),
    request: (w) => ({
      method: "PATCH",
      url: campaignUrl(w, `/objectives/${w.extra.objectiveId}`),
      payload: { unit: "permits", target: 30 },
    }),
    expected: campaignRunners(200),
  },
  {
    route: "DELETE /api/v1/campaigns/{id}/objectives/{objectiveId}",
    coalition: "unlisted",
    prepare: (c) => withObjective(c),
    request: (w) => ({
      method: "DELETE",
      url: campaignUrl(w, `/objectives/${w.extra.objectiveId}`),
    }),
    expected: campaignRunners(204),
  },
  {
    route: "POST /api/v1/campaigns/{id}/objectives/{objectiveId}/progress",
    coalition: "unlisted",
    prepare: (c) => withObjective(c),
    request: (w) => ({
      method: "POST",
      url: campaignUrl(w, `/objectives/${w.extra.objectiveId}/progress`),
      payload: { organizationId: w.orgId, value: 12, measuredOn: day(0) },
    }),
    // The target organisation owns the objective: its representative reports.
    expected: campaignSpeakers(201),
  },
  {
    route: "DELETE /api/v1/campaigns/{id}/objectives/{objectiveId}/progress/{progressId}",
    coalition: "unlisted",
    prepare: (c) => withObjective(c, true),
    request: (w) => ({
      method: "DELETE",
      url: campaignUrl(w, `/objectives/${w.extra.objectiveId}/progress/${w.extra.progressId}`),
    }),
    // The owner reported it (and runs the campaign); the member and admin did neither.
    expected: campaignRunners(204),
  },
];
