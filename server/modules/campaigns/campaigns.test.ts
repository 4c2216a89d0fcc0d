import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Campaign, CampaignHistory, PublicCampaign } from "../../../shared/campaigns/core.ts";
import { createOrganization, signedInUser } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import {
  type CampaignWorld,
  adoptedProposal,
  campaignWithEveryRole,
  text,
} from "./campaigns.fixtures.ts";

describe.each(backends)("campaigns on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is read by those inside and does not exist for anyone else", async () => {
    for (const role of ["convener", "coLead", "partner", "observer", "suspended"] as const) {
      const read = await call(t, "GET", w.url(), { as: w.people[role] });
      expect(read.statusCode, `${role}: ${read.body}`).toBe(200);
    }
    const campaign = Campaign.parse(
      (await call(t, "GET", w.url(), { as: w.people.partner })).json(),
    );
    expect(campaign.leadOrganization.organizationId).toBe(w.org.partner);
    expect(campaign.permissions).toMatchObject({ run: true, actFor: [w.org.partner] });
    const observer = Campaign.parse(
      (await call(t, "GET", w.url(), { as: w.people.observer })).json(),
    );
    expect(observer.permissions.run).toBe(false);

    const unknown = await call(t, "GET", "/api/v1/campaigns/00000000-0000-7000-8000-000000000000", {
      as: w.people.outsider,
    });
    const outsider = await call(t, "GET", w.url(), { as: w.people.outsider });
    const anonymous = await call(t, "GET", w.url());
    expectProblem(outsider, 404);
    expect(outsider.json().detail).toBe(unknown.json().detail);
    expect(anonymous.statusCode).toBe(404);
  });

  it("is run by the lead organisation and the convening side, and every change is kept", async () => {
    const observer = await call(t, "PATCH", w.url(), {
      as: w.people.observer,
      payload: { status: "active" },
    });
    expectProblem(observer, 403);
    const changed = await call(t, "PATCH", w.url(), {
      as: w.people.coLead,
      payload: {
        status: "active",
        theoryOfChange: text("If the licences are exposed, they stop."),
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(Campaign.parse(changed.json()).status).toBe("active");
    const history = CampaignHistory.parse(
      (await call(t, "GET", w.url("/history"), { as: w.people.observer })).json(),
    );
    expect(history.items[0]).toMatchObject({
      entity: "campaign",
      action: "updated",
      changedFor: { organizationId: w.org.coLead },
      changes: { status: { from: "planning", to: "active" } },
    });
    expect(history.items.at(-1)).toMatchObject({ action: "created" });
  });

  it("starts from an adopted proposal only, taking its title and text", async () => {
    const proposalId = await adoptedProposal(t, w.people.convener, w.coalitionId, w.org.convener);
    const started = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.convener,
      payload: { organizationId: w.org.convener, coalitionId: w.coalitionId, proposalId },
    });
    expect(started.statusCode, started.body).toBe(201);
    const campaign = Campaign.parse(started.json());
    expect(campaign.title.texts.en).toBe("Campaign to stop arms transfers");
    expect(campaign.proposal?.id).toBe(proposalId);
    expect(campaign.problem?.texts.en).toMatch(/civilians/);

    const open = await call(t, "POST", `/api/v1/coalitions/${w.coalitionId}/proposals`, {
      as: w.people.convener,
      payload: {
        organizationId: w.org.convener,
        title: "Still open",
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        rules: { kind: "consent" },
      },
    });
    const refused = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.convener,
      payload: {
        organizationId: w.org.convener,
        coalitionId: w.coalitionId,
        proposalId: open.json().id,
      },
    });
    expectProblem(refused, 422);
  });

  it("is started only by a representative of an active member, and an outsider learns nothing", async () => {
    const observerStarts = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.observer,
      payload: { organizationId: w.org.observer, coalitionId: w.coalitionId, title: text("Mine") },
    });
    expect(observerStarts.statusCode).toBe(201); // observers speak (not vote): they may lead work
    const suspended = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.suspended,
      payload: { organizationId: w.org.suspended, coalitionId: w.coalitionId, title: text("Mine") },
    });
    expectProblem(suspended, 403);
    const outsider = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.outsider,
      payload: { organizationId: w.org.outsider, coalitionId: w.coalitionId, title: text("Mine") },
    });
    expectProblem(outsider, 403);
    const list = await call(t, "GET", `/api/v1/campaigns?coalitionId=${w.coalitionId}`, {
      as: w.people.outsider,
    });
    expectProblem(list, 403);
  });

  it("lets an organisation run its own campaign and bring it into a coalition it is inside", async () => {
    const own = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, title: text("Our own research") },
    });
    expect(own.statusCode, own.body).toBe(201);
    const id = Campaign.parse(own.json()).id;
    const colleague = await call(t, "GET", `/api/v1/campaigns/${id}`, {
      as: w.people.partnerColleague,
    });
    expect(Campaign.parse(colleague.json()).permissions.run).toBe(false);
    expectProblem(await call(t, "GET", `/api/v1/campaigns/${id}`, { as: w.people.convener }), 404);
    const listed = await call(t, "GET", `/api/v1/campaigns?organizationId=${w.org.partner}`, {
      as: w.people.partnerColleague,
    });
    expect(listed.json().items.map((c: { id: string }) => c.id)).toContain(id);

    const moved = await call(t, "PATCH", `/api/v1/campaigns/${id}`, {
      as: w.people.partner,
      payload: { coalitionId: w.coalitionId },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(Campaign.parse(moved.json()).coalition?.id).toBe(w.coalitionId);
    expect(
      (await call(t, "GET", `/api/v1/campaigns/${id}`, { as: w.people.convener })).statusCode,
    ).toBe(200);
  });

  it("is tagged only with the taxonomy's issues", async () => {
    const refused = await call(t, "PATCH", w.url(), {
      as: w.people.partner,
      payload: { issues: ["arms_transfers", "not_an_issue"] },
    });
    expectProblem(refused, 422);
    expect(refused.body).toMatch(/not_an_issue/);
    const tagged = await call(t, "PATCH", w.url(), {
      as: w.people.partner,
      payload: { issues: ["arms_transfers"] },
    });
    expect(Campaign.parse(tagged.json()).issues).toEqual(["arms_transfers"]);
  });

  it("names a fund monitor only among those taking part", async () => {
    const stranger = await signedInUser(t, "stranger");
    await createOrganization(t, stranger, { name: "Stranger Org" });
    const refused = await call(t, "PATCH", w.url(), {
      as: w.people.partner,
      payload: { fundMonitor: { kind: "person", id: stranger.userId } },
    });
    expectProblem(refused, 422);
    const named = await call(t, "PATCH", w.url(), {
      as: w.people.partner,
      payload: { fundMonitor: { kind: "organization", id: w.org.coLead } },
    });
    expect(named.statusCode, named.body).toBe(200);
    expect(Campaign.parse(named.json()).fundMonitor).toMatchObject({
      kind: "organization",
      id: w.org.coLead,
    });
    const monitor = Campaign.parse((await call(t, "GET", w.url(), { as: w.people.coLead })).json());
    expect(monitor.permissions.confirmSpending).toBe(true);
    const partner = Campaign.parse(
      (await call(t, "GET", w.url(), { as: w.people.partner })).json(),
    );
    expect(partner.permissions.confirmSpending).toBe(false);
  });

  it("has a public page only when published, showing only the chosen parts", async () => {
    expectProblem(await call(t, "GET", `/api/v1/public/campaigns/${w.campaignId}`), 404);
    const published = await call(t, "PATCH", w.url(), {
      as: w.people.partner,
      payload: {
        publishedParts: {
          goal: true,
          problem: false,
          objectives: true,
          outcomes: false,
          organizations: true,
        },
      },
    });
    expect(published.statusCode, published.body).toBe(200);
    const page = PublicCampaign.parse(
      (await call(t, "GET", `/api/v1/public/campaigns/${w.campaignId}`)).json(),
    );
    expect(page.goal?.texts.en).toMatch(/licences/);
    expect(page.problem).toBeNull();
    expect(page.outcomes).toBeNull();
    expect(page.objectives).toEqual([]);
    expect(page.organizations?.map((o) => o.organizationId)).toContain(w.org.partner);
  });
});
