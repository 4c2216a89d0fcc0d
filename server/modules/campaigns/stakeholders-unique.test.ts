import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../lib/ids.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { type CampaignWorld, campaignWithEveryRole } from "./campaigns.fixtures.ts";
import { campaignStakeholders } from "./stakeholders.table.ts";

/**
 * The service refuses a second stakeholder of the same name (409, in stakeholders.test.ts);
 * the database holds the rule too, for two requests that both passed the check at once.
 */
describe.each(backends)("one stakeholder per name in a campaign, on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;
  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is a unique index the database enforces", async () => {
    const row = (name: string) => ({
      id: newId(),
      campaignId: w.campaignId,
      name,
      type: "institution",
      role: "target",
      position: 0 as const,
      influence: 3,
      interest: 3,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await t.services.db.insert(campaignStakeholders).values(row("Licensing authority"));
    await expect(
      t.services.db.insert(campaignStakeholders).values(row("Licensing authority")),
    ).rejects.toMatchObject({ cause: { code: "23505" } });
    await t.services.db.insert(campaignStakeholders).values(row("Licensing authority (regional)"));
  });
});
