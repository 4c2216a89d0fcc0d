import { expect } from "vitest";
import { Campaign } from "../../../shared/campaigns/core.ts";
import { Proposal } from "../../../shared/proposals.ts";
import type { SignedIn } from "../../test/actors.ts";
import type { TestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";
import { coalitionWithEveryRole } from "../meetings/meetings.fixtures.ts";

export const text = (en: string) => ({ original: "en", texts: { en } });

/** A proposal the convener puts and closes at once: consent with no objection is adopted. */
export async function adoptedProposal(
  t: TestApp,
  convener: SignedIn,
  coalitionId: string,
  organizationId: string,
  title = "Campaign to stop arms transfers",
) {
  const made = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/proposals`, {
    as: convener,
    payload: {
      organizationId,
      title,
      body: text("Arms sold to the parties are used against civilians."),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      rules: { kind: "consent" },
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  const id = Proposal.parse(made.json()).id;
  const closed = await call(t, "POST", `/api/v1/proposals/${id}/close`, { as: convener });
  expect(closed.statusCode, closed.body).toBe(200);
  return id;
}

/**
 * A coalition with one organisation in each role (see coalitionWithEveryRole) and a campaign
 * the partner organisation leads. `url(path)` is under the campaign.
 */
export async function campaignWithEveryRole(
  t: TestApp,
  options: { visibility?: "public" | "unlisted" | "secret" } = {},
) {
  const world = await coalitionWithEveryRole(t, options);
  const made = await call(t, "POST", "/api/v1/campaigns", {
    as: world.people.partner,
    payload: {
      organizationId: world.org.partner,
      coalitionId: world.coalitionId,
      title: text("Stop the arms transfers"),
      problem: text("Arms sold to the parties are used against civilians."),
      goal: text("Suspend licences within two years."),
      startsOn: "2026-01-01",
      endsOn: "2027-12-31",
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  const campaign = Campaign.parse(made.json());
  return {
    ...world,
    campaignId: campaign.id,
    url: (path = "") => `/api/v1/campaigns/${campaign.id}${path}`,
  };
}
export type CampaignWorld = Awaited<ReturnType<typeof campaignWithEveryRole>>;
