import { type Case, convenerOnly, membersOf, text } from "./access-policy.ts";
import {
  campaignIn,
  campaignReaders,
  campaignRunners,
  campaignUrl,
} from "./campaign-access-kit.ts";
import { objectiveCases } from "./access-cases-campaign-objectives.ts";
import { stakeholderCases } from "./access-cases-campaign-stakeholders.ts";
import { workplanCases } from "./access-cases-campaign-workplan.ts";
import { messageCases } from "./access-cases-campaign-messages.ts";
import { resourceCases } from "./access-cases-campaign-resources.ts";
import { outcomeCases } from "./access-cases-campaign-outcomes.ts";
import { call } from "./org-helpers.ts";

const prepare = async (c: Parameters<NonNullable<Case["prepare"]>>[0]) => ({
  campaignId: await campaignIn(c),
});

/** The campaign itself, then each of its parts (their own files). */
export const campaignCases: Case[] = [
  {
    route: "POST /api/v1/campaigns",
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: { organizationId: w.orgId, coalitionId: w.coalitionId, title: text("Arms") },
    }),
    // Inside, but only a representative starts a campaign for the organisation.
    expected: convenerOnly(201),
  },
  {
    route: "POST /api/v1/campaigns",
    variant: "the organisation's own",
    request: (w) => ({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: { organizationId: w.orgId, title: text("Our research") },
    }),
    expected: membersOf(201),
  },
  {
    route: "GET /api/v1/campaigns",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: `/api/v1/campaigns?coalitionId=${w.coalitionId}` }),
    expected: membersOf(200),
  },
  {
    route: "GET /api/v1/campaigns/{id}",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: campaignUrl(w) }),
    expected: campaignReaders(200),
  },
  {
    route: "GET /api/v1/campaigns/{id}",
    variant: "secret",
    coalition: "secret",
    prepare,
    request: (w) => ({ method: "GET", url: campaignUrl(w) }),
    expected: campaignReaders(200),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "PATCH", url: campaignUrl(w), payload: { status: "active" } }),
    expected: campaignRunners(200),
  },
  {
    route: "GET /api/v1/campaigns/{id}/history",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/history") }),
    expected: campaignReaders(200),
  },
  {
    route: "GET /api/v1/public/campaigns/{id}",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: `/api/v1/public/campaigns/${w.extra.campaignId}` }),
    // Not published: no page for anyone, those inside included.
    expected: {
      anonymous: 404,
      otherOrgMember: 404,
      member: 404,
      admin: 404,
      owner: 404,
      platformAdmin: 404,
    },
  },
  {
    route: "GET /api/v1/public/campaigns/{id}",
    variant: "published",
    coalition: "unlisted",
    prepare: async (c) => {
      const campaignId = await campaignIn(c);
      await call(c.t, "PATCH", `/api/v1/campaigns/${campaignId}`, {
        as: c.owner,
        payload: {
          publishedParts: {
            goal: true,
            problem: true,
            objectives: true,
            outcomes: true,
            organizations: true,
          },
        },
      });
      return { campaignId };
    },
    request: (w) => ({ method: "GET", url: `/api/v1/public/campaigns/${w.extra.campaignId}` }),
    expected: {
      anonymous: 200,
      otherOrgMember: 200,
      member: 200,
      admin: 200,
      owner: 200,
      platformAdmin: 200,
    },
  },
  ...objectiveCases,
  ...stakeholderCases,
  ...workplanCases,
  ...messageCases,
  ...resourceCases,
  ...outcomeCases,
];
