import { expect } from "vitest";
import type { SignedIn } from "./actors.ts";
import type { TestApp } from "./harness.ts";
import type { Ids, Json } from "./bad-input-route.ts";
import { fill } from "./bad-input-requests.ts";
import { writeRoutes } from "./bad-input-routes.ts";

/**
 * The campaign of the bad-input world (server/test/bad-input-world.ts), of the owner's
 * organisation in its coalition, and one of each thing inside it that its routes take an id
 * of. Each part makes its things in its own block, marked as the route table's files are.
 */
export async function campaignWorld(t: TestApp, owner: SignedIn, ids: Ids) {
  const { organizationId } = ids;
  const campaign = await t.app.inject({
    method: "POST",
    url: "/api/v1/campaigns",
    headers: owner.headers,
    payload: fill(writeRoutes.find((r) => r.path === "/api/v1/campaigns")?.validBody ?? {}, ids),
  });
  expect(campaign.statusCode, campaign.body).toBe(201);
  ids.campaignId = campaign.json().id;

  // ── campaign objectives: make what its routes need below (ids.…) ──
  const objectiveBody = writeRoutes.find(
    (r) => r.method === "POST" && r.path === "/api/v1/campaigns/:id/objectives",
  )?.validBody;
  const newObjective = async () => {
    const made = await t.app.inject({
      method: "POST",
      url: `/api/v1/campaigns/${ids.campaignId}/objectives`,
      headers: owner.headers,
      payload: fill(objectiveBody ?? {}, ids),
    });
    expect(made.statusCode, made.body).toBe(201);
    return made.json().id as string;
  };
  ids.objectiveId = await newObjective();
  const reading = await t.app.inject({
    method: "POST",
    url: `/api/v1/campaigns/${ids.campaignId}/objectives/${ids.objectiveId}/progress`,
    headers: owner.headers,
    payload: { organizationId: ids.organizationId, value: 4, measuredOn: "2025-03-01" },
  });
  expect(reading.statusCode, reading.body).toBe(201);
  ids.progressId = reading.json().progress[0].id;
  // A second objective for the well-formed DELETE, so the parts below keep ids.objectiveId.
  Object.assign(ids, { spareObjectiveId: await newObjective() });
  // ── end of campaign objectives ──

  // ── campaign stakeholders: make what its routes need below (ids.…) ──
  {
    const url = `/api/v1/campaigns/${ids.campaignId}/stakeholders`;
    const made: string[] = [];
    for (const name of ["Arms Export Office", "Finance Ministry"]) {
      const response = await t.app.inject({
        method: "POST",
        url,
        headers: owner.headers,
        payload: {
          name,
          type: "institution",
          role: "target",
          position: "neutral",
          influence: 3,
          interest: 3,
        },
      });
      expect(response.statusCode, response.body).toBe(201);
      made.push(response.json().id);
    }
    ids.stakeholderId = made[0]!;
    const link = await t.app.inject({
      method: "POST",
      url: `/api/v1/campaigns/${ids.campaignId}/stakeholder-links`,
      headers: owner.headers,
      payload: { fromId: made[1], toId: made[0], type: "advises" },
    });
    expect(link.statusCode, link.body).toBe(201);
    // Values only these routes use, outside the Ids every route shares.
    ids.stakeholderLinkId = link.json().id;
    Object.assign(ids, {
      stakeholderOtherId: made[1],
      stakeholderMovedOn: new Date().toISOString().slice(0, 10),
    });
  }
  // ── end of campaign stakeholders ──

  // ── campaign workplan: make what its routes need below (ids.…) ──
  const activity = await t.app.inject({
    method: "POST",
    url: `/api/v1/campaigns/${ids.campaignId}/activities`,
    headers: owner.headers,
    payload: fill(
      writeRoutes.find((r) => r.path === "/api/v1/campaigns/:id/activities")?.validBody ?? {},
      ids,
    ),
  });
  expect(activity.statusCode, activity.body).toBe(201);
  ids.activityId = activity.json().id;
  // ── end of campaign workplan ──

  // ── campaign messages: make what its routes need below (ids.…) ──
  const fuzzMessage = await t.app.inject({
    method: "POST",
    url: `/api/v1/campaigns/${ids.campaignId}/messages`,
    headers: owner.headers,
    payload: {
      audience: "Press",
      frame: "humanitarian",
      text: { original: "en", texts: { en: "Civilians pay the price." } },
    },
  });
  expect(fuzzMessage.statusCode, fuzzMessage.body).toBe(201);
  ids.messageId = fuzzMessage.json().id;
  const fuzzStory = await t.app.inject({
    method: "POST",
    url: `/api/v1/campaigns/${ids.campaignId}/stories`,
    headers: owner.headers,
    payload: {
      recordedByOrganizationId: organizationId,
      title: "The market",
      text: { original: "en", texts: { en: "The market was struck." } },
      consent: {
        by: "A shopkeeper",
        uses: ["internal", "public_named", "public_anonymised"],
        givenOn: "2026-01-01",
      },
    },
  });
  expect(fuzzStory.statusCode, fuzzStory.body).toBe(201);
  ids.storyId = fuzzStory.json().id;
  // ── end of campaign messages ──

  // ── campaign resources: make what its routes need below (ids.…) ──
  const resource = async (path: string, payload: Json) => {
    const made = await t.app.inject({
      method: "POST",
      url: `/api/v1/campaigns/${ids.campaignId}${path}`,
      headers: owner.headers,
      payload,
    });
    expect(made.statusCode, made.body).toBe(201);
    return made.json().id as string;
  };
  ids.budgetLineId = await resource("/budget-lines", {
    label: "Travel",
    currency: "EUR",
    amount: "4000",
  });
  ids.pledgeId = await resource("/pledges", {
    organizationId,
    kind: "staff_days",
    amount: "20",
  });
  ids.spendingId = await resource("/spending", {
    organizationId,
    budgetLineId: ids.budgetLineId,
    currency: "EUR",
    amount: "95",
    spentOn: "2026-03-01",
    description: "Hotel",
    receipt: "H-1",
  });
  // ── end of campaign resources ──

  // ── campaign outcomes: make what its routes need below (ids.…) ──
  const outcome = await t.app.inject({
    method: "POST",
    url: `/api/v1/campaigns/${ids.campaignId}/outcomes`,
    headers: owner.headers,
    payload: fill(
      writeRoutes.find((r) => r.path === "/api/v1/campaigns/:id/outcomes")?.validBody ?? {},
      ids,
    ),
  });
  expect(outcome.statusCode, outcome.body).toBe(201);
  ids.outcomeId = outcome.json().id;
  // ── end of campaign outcomes ──
}
