import { expect } from "vitest";
import { type Case, type PrepareContext, text } from "./access-policy.ts";
import {
  campaignIn,
  campaignReaders,
  campaignRunners,
  campaignUrl,
} from "./campaign-access-kit.ts";
import { call } from "./org-helpers.ts";

const activity = {
  title: text("Document the strikes"),
  tactic: "research",
  role: "documentation",
  startsOn: "2026-02-01",
  dueOn: "2026-04-30",
};

/** A campaign with one activity, led by the target organisation (which convenes and leads). */
async function withActivity(c: PrepareContext) {
  const campaignId = await campaignIn(c);
  const made = await call(c.t, "POST", `/api/v1/campaigns/${campaignId}/activities`, {
    as: c.owner,
    payload: { ...activity, leadOrganizationId: c.world.orgId },
  });
  expect(made.statusCode, made.body).toBe(201);
  return { campaignId, activityId: (made.json() as { id: string }).id };
}
const activityUrl = (w: Parameters<typeof campaignUrl>[0], rest = "") =>
  campaignUrl(w, `/activities/${w.extra.activityId}${rest}`);

/** The campaign's workplan routes: see campaign-access-kit.ts for the world they meet. */
export const workplanCases: Case[] = [
  {
    route: "GET /api/v1/campaigns/{id}/activities",
    coalition: "unlisted",
    prepare: withActivity,
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/activities") }),
    expected: campaignReaders(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/activities",
    coalition: "unlisted",
    prepare: async (c) => ({ campaignId: await campaignIn(c) }),
    request: (w) => ({
      method: "POST",
      url: campaignUrl(w, "/activities"),
      payload: { ...activity, leadOrganizationId: w.orgId },
    }),
    expected: campaignRunners(201),
  },
  {
    route: "GET /api/v1/campaigns/{id}/activities/role-matrix",
    coalition: "unlisted",
    prepare: withActivity,
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/activities/role-matrix") }),
    expected: campaignReaders(200),
  },
  {
    route: "GET /api/v1/campaigns/{id}/activities/{activityId}",
    coalition: "unlisted",
    prepare: withActivity,
    request: (w) => ({ method: "GET", url: activityUrl(w) }),
    expected: campaignReaders(200),
  },
  {
    route: "GET /api/v1/campaigns/{id}/activities/{activityId}",
    variant: "secret",
    coalition: "secret",
    prepare: withActivity,
    request: (w) => ({ method: "GET", url: activityUrl(w) }),
    expected: campaignReaders(200),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}/activities/{activityId}",
    coalition: "unlisted",
    prepare: withActivity,
    // The lead's own change; the owner represents the lead (and runs the campaign).
    request: (w) => ({ method: "PATCH", url: activityUrl(w), payload: { status: "in_progress" } }),
    expected: campaignRunners(200),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}/activities/{activityId}",
    variant: "the plan",
    coalition: "unlisted",
    prepare: withActivity,
    request: (w) => ({
      method: "PATCH",
      url: activityUrl(w),
      payload: { title: text("Document the strikes and the sales"), tactic: "media" },
    }),
    expected: campaignRunners(200),
  },
  {
    route: "DELETE /api/v1/campaigns/{id}/activities/{activityId}",
    coalition: "unlisted",
    prepare: withActivity,
    request: (w) => ({ method: "DELETE", url: activityUrl(w) }),
    expected: campaignRunners(204),
  },
  {
    route: "POST /api/v1/campaigns/{id}/activities/{activityId}/action-item",
    coalition: "unlisted",
    prepare: withActivity,
    // The convening side makes action items: here the owner, who also leads the campaign.
    request: (w) => ({ method: "POST", url: activityUrl(w, "/action-item") }),
    expected: campaignRunners(201),
  },
];
