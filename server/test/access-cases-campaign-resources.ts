import { expect } from "vitest";
import type { Case, Expected, PrepareContext } from "./access-policy.ts";
import {
  campaignIn,
  campaignReaders,
  campaignRunners,
  campaignSpeakers,
  campaignUrl,
} from "./campaign-access-kit.ts";
import { call } from "./org-helpers.ts";

/**
 * A campaign with a budget line, a pledge and a spending entry of the target organisation;
 * with `monitor`, the target organisation is named fund monitor (its owner represents it).
 */
const withResources =
  (options: { monitor?: boolean } = {}) =>
  async (c: PrepareContext) => {
    const campaignId = await campaignIn(c);
    const at = (path: string, payload: object, method: "POST" | "PATCH" = "POST") =>
      call(c.t, method, `/api/v1/campaigns/${campaignId}${path}`, { as: c.owner, payload });
    const made = async (path: string, payload: object) => {
      const response = await at(path, payload);
      expect(response.statusCode, response.body).toBe(201);
      return (response.json() as { id: string }).id;
    };
    const budgetLineId = await made("/budget-lines", {
      label: "Travel",
      currency: "EUR",
      amount: "1000",
    });
    const pledgeId = await made("/pledges", {
      organizationId: c.world.orgId,
      kind: "money",
      currency: "EUR",
      amount: "500",
    });
    const spendingId = await made("/spending", {
      organizationId: c.world.orgId,
      budgetLineId,
      currency: "EUR",
      amount: "120.5",
      spentOn: "2026-02-01",
      description: "Train to Geneva",
      receipt: "R-17",
    });
    if (options.monitor) {
      const named = await at(
        "",
        { fundMonitor: { kind: "organization", id: c.world.orgId } },
        "PATCH",
      );
      expect(named.statusCode, named.body).toBe(200);
    }
    return { campaignId, budgetLineId, pledgeId, spendingId };
  };

const prepare = withResources();
const url = campaignUrl;
const line = { label: "Legal fees", currency: "EUR", amount: "2500.75" };
/** With no fund monitor named, nobody confirms: inside, everyone is refused. */
const nobody: Expected = {
  anonymous: 401,
  otherOrgMember: 404,
  member: 403,
  admin: 403,
  owner: 403,
  platformAdmin: 404,
};

/** The campaign's resources routes: see campaign-access-kit.ts for the world they meet. */
export const resourceCases: Case[] = [
  {
    route: "GET /api/v1/campaigns/{id}/pledges",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: url(w, "/pledges") }),
    expected: campaignReaders(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/pledges",
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "POST",
      url: url(w, "/pledges"),
      payload: { organizationId: w.orgId, kind: "staff_days", amount: "5" },
    }),
    // For the organisation: its representative alone.
    expected: campaignSpeakers(201),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}/pledges/{pledgeId}",
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "PATCH",
      url: url(w, `/pledges/${w.extra.pledgeId}`),
      payload: { amount: "750" },
    }),
    expected: campaignSpeakers(200),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}/pledges/{pledgeId}",
    variant: "what has arrived",
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "PATCH",
      url: url(w, `/pledges/${w.extra.pledgeId}`),
      payload: { received: "200" },
    }),
    // The pledging organisation or those running the campaign: here both are the owner.
    expected: campaignRunners(200),
  },
  {
    route: "DELETE /api/v1/campaigns/{id}/pledges/{pledgeId}",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "DELETE", url: url(w, `/pledges/${w.extra.pledgeId}`) }),
    expected: campaignSpeakers(204),
  },
  {
    route: "GET /api/v1/campaigns/{id}/budget-lines",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: url(w, "/budget-lines") }),
    expected: campaignReaders(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/budget-lines",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "POST", url: url(w, "/budget-lines"), payload: line }),
    expected: campaignRunners(201),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}/budget-lines/{budgetLineId}",
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "PATCH",
      url: url(w, `/budget-lines/${w.extra.budgetLineId}`),
      payload: { amount: "1500" },
    }),
    expected: campaignRunners(200),
  },
  {
    route: "DELETE /api/v1/campaigns/{id}/budget-lines/{budgetLineId}",
    coalition: "unlisted",
    // A line of its own, with no spending against it.
    prepare: async (c) => {
      const ids = await prepare(c);
      const made = await call(c.t, "POST", `/api/v1/campaigns/${ids.campaignId}/budget-lines`, {
        as: c.owner,
        payload: line,
      });
      expect(made.statusCode, made.body).toBe(201);
      return { ...ids, budgetLineId: (made.json() as { id: string }).id };
    },
    request: (w) => ({ method: "DELETE", url: url(w, `/budget-lines/${w.extra.budgetLineId}`) }),
    expected: campaignRunners(204),
  },
  {
    route: "GET /api/v1/campaigns/{id}/spending",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: url(w, "/spending") }),
    expected: campaignReaders(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/spending",
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "POST",
      url: url(w, "/spending"),
      payload: {
        organizationId: w.orgId,
        budgetLineId: w.extra.budgetLineId,
        currency: "EUR",
        amount: "80",
        spentOn: "2026-02-03",
        description: "Hotel in Geneva",
        receipt: "https://receipts.example.org/hotel",
      },
    }),
    expected: campaignSpeakers(201),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}/spending/{spendingId}",
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "PATCH",
      url: url(w, `/spending/${w.extra.spendingId}`),
      payload: { amount: "121" },
    }),
    expected: campaignSpeakers(200),
  },
  {
    route: "DELETE /api/v1/campaigns/{id}/spending/{spendingId}",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "DELETE", url: url(w, `/spending/${w.extra.spendingId}`) }),
    expected: campaignSpeakers(204),
  },
  {
    route: "POST /api/v1/campaigns/{id}/spending/{spendingId}/confirm",
    coalition: "unlisted",
    prepare: withResources({ monitor: true }),
    request: (w) => ({ method: "POST", url: url(w, `/spending/${w.extra.spendingId}/confirm`) }),
    // The fund monitor: the representative of the organisation named.
    expected: campaignRunners(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/spending/{spendingId}/confirm",
    variant: "no fund monitor named",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "POST", url: url(w, `/spending/${w.extra.spendingId}/confirm`) }),
    expected: nobody,
  },
  {
    route: "POST /api/v1/campaigns/{id}/spending/{spendingId}/query",
    coalition: "unlisted",
    prepare: withResources({ monitor: true }),
    request: (w) => ({
      method: "POST",
      url: url(w, `/spending/${w.extra.spendingId}/query`),
      payload: { note: "Which train?" },
    }),
    expected: campaignRunners(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/spending/{spendingId}/query",
    variant: "no fund monitor named",
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "POST",
      url: url(w, `/spending/${w.extra.spendingId}/query`),
      payload: { note: "Which train?" },
    }),
    expected: nobody,
  },
  {
    route: "GET /api/v1/campaigns/{id}/resources/summary",
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: url(w, "/resources/summary") }),
    expected: campaignReaders(200),
  },
];
