import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Campaign, CampaignHistory } from "../../../shared/campaigns/core.ts";
import { Activity, ActivityList, RoleMatrix } from "../../../shared/campaigns/workplan.ts";
import { ActionItem } from "../../../shared/meetings.ts";
import type { SignedIn } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { newId } from "../../lib/ids.ts";
import { type CampaignWorld, campaignWithEveryRole, text } from "./campaigns.fixtures.ts";
import { campaignObjectives } from "./objectives.table.ts";
import { campaignStakeholders } from "./stakeholders.table.ts";

describe.each(backends)("campaign workplan on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;
  /** A stakeholder and an objective of the campaign, and of another campaign. */
  const refs = { stakeholder: "", objective: "", otherStakeholder: "", otherObjective: "" };

  const plan = async (as: SignedIn, payload: Record<string, unknown>, campaignUrl = w.url) => {
    const response = await call(t, "POST", campaignUrl("/activities"), {
      as,
      payload: {
        title: text("Document the strikes"),
        tactic: "research",
        role: "documentation",
        leadOrganizationId: w.org.partner,
        startsOn: "2026-02-01",
        dueOn: "2026-04-30",
        ...payload,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return Activity.parse(response.json());
  };
  const patch = (as: SignedIn, id: string, payload: Record<string, unknown>) =>
    call(t, "PATCH", w.url(`/activities/${id}`), { as, payload });
  const get = async (as: SignedIn, id: string) =>
    Activity.parse((await call(t, "GET", w.url(`/activities/${id}`), { as })).json());

  async function stakeholderAndObjective(campaignId: string) {
    const at = new Date();
    const stakeholder = newId();
    const objective = newId();
    await t.services.db.insert(campaignStakeholders).values({
      id: stakeholder,
      campaignId,
      name: "Ministry of Trade",
      type: "institution",
      role: "target",
      position: -1,
      influence: 5,
      interest: 3,
      createdAt: at,
      updatedAt: at,
    });
    await t.services.db.insert(campaignObjectives).values({
      id: objective,
      campaignId,
      statement: text("Licences suspended"),
      indicator: text("Licences in force"),
      unit: "licences",
      baseline: 12,
      target: 0,
      baselineOn: "2026-01-01",
      deadline: "2027-12-31",
      createdAt: at,
      updatedAt: at,
    });
    return { stakeholder, objective };
  }

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
    const mine = await stakeholderAndObjective(w.campaignId);
    const other = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.convener,
      payload: { organizationId: w.org.convener, coalitionId: w.coalitionId, title: text("Other") },
    });
    const theirs = await stakeholderAndObjective(Campaign.parse(other.json()).id);
    Object.assign(refs, {
      stakeholder: mine.stakeholder,
      objective: mine.objective,
      otherStakeholder: theirs.stakeholder,
      otherObjective: theirs.objective,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is read by those inside, with names, and does not exist for anyone else", async () => {
    const made = await plan(w.people.partner, {
      supportingOrganizationIds: [w.org.coLead, w.org.partner],
      stakeholderIds: [refs.stakeholder],
      objectiveIds: [refs.objective],
      notes: "Field researchers in two governorates.",
    });
    expect(made).toMatchObject({
      status: "planned",
      leadOrganization: { organizationId: w.org.partner, name: w.names.partner },
      // The lead is not also its own supporter.
      supportingOrganizations: [{ organizationId: w.org.coLead, name: w.names.coLead }],
      stakeholders: [{ id: refs.stakeholder, name: "Ministry of Trade" }],
      objectives: [{ id: refs.objective, statement: text("Licences suspended") }],
      dependsOn: [],
      blocked: false,
      actionItemId: null,
      mayUpdate: true,
    });
    for (const role of [
      "convener",
      "coLead",
      "partner",
      "partnerColleague",
      "observer",
      "suspended",
    ] as const) {
      const list = await call(t, "GET", w.url("/activities"), { as: w.people[role] });
      expect(list.statusCode, `${role}: ${list.body}`).toBe(200);
      expect(ActivityList.parse(list.json()).items.map((a) => a.id)).toContain(made.id);
      const one = await call(t, "GET", w.url(`/activities/${made.id}`), { as: w.people[role] });
      expect(one.statusCode, role).toBe(200);
    }
    expect((await get(w.people.observer, made.id)).mayUpdate).toBe(false);

    const unknownCampaign = "/api/v1/campaigns/00000000-0000-7000-8000-000000000000";
    const unknown = await call(t, "GET", `${unknownCampaign}/activities`, {
      as: w.people.outsider,
    });
    for (const path of ["/activities", "/activities/role-matrix"]) {
      const outsider = await call(t, "GET", w.url(path), { as: w.people.outsider });
      expectProblem(outsider, 404);
      expect(outsider.json().detail).toBe(unknown.json().detail);
      expectProblem(await call(t, "GET", w.url(path)), 404);
    }
    const unknownActivity = await call(t, "GET", w.url(`/activities/${newId()}`), {
      as: w.people.outsider,
    });
    const hidden = await call(t, "GET", w.url(`/activities/${made.id}`), { as: w.people.outsider });
    expectProblem(hidden, 404);
    expect(hidden.json().detail).toBe(unknownActivity.json().detail);
    expectProblem(await patch(w.people.outsider, made.id, { status: "in_progress" }), 404);
  });

  it("is planned by those running the campaign only, with the campaign's organisations and things", async () => {
    for (const role of ["convener", "coLead", "partner"] as const) {
      await plan(w.people[role], { title: text(`Planned by ${role}`) });
    }
    for (const role of ["observer", "partnerColleague", "suspended"] as const) {
      const refused = await call(t, "POST", w.url("/activities"), {
        as: w.people[role],
        payload: {
          title: text("Mine"),
          tactic: "media",
          role: "media",
          leadOrganizationId: w.org[role === "partnerColleague" ? "partner" : role],
          startsOn: "2026-02-01",
          dueOn: "2026-02-02",
        },
      });
      expectProblem(refused, 403);
    }
    /** Refused by the contract (400) or, for what it cannot know, by the workplan (422). */
    const bad = async (payload: Record<string, unknown>, field: string, status = 422) => {
      const response = await call(t, "POST", w.url("/activities"), {
        as: w.people.partner,
        payload: {
          title: text("Refused"),
          tactic: "litigation",
          role: "litigation",
          leadOrganizationId: w.org.partner,
          startsOn: "2026-03-01",
          dueOn: "2026-06-30",
          ...payload,
        },
      });
      const problem = expectProblem(response, status);
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    };
    await bad({ leadOrganizationId: w.org.suspended }, "body.leadOrganizationId");
    await bad({ leadOrganizationId: w.org.outsider }, "body.leadOrganizationId");
    await bad({ supportingOrganizationIds: [w.org.outsider] }, "body.supportingOrganizationIds");
    await bad({ stakeholderIds: [refs.otherStakeholder] }, "body.stakeholderIds");
    await bad({ objectiveIds: [refs.otherObjective] }, "body.objectiveIds");
    await bad({ dueOn: "2026-02-28" }, "body.dueOn", 400);
    await bad({ tactic: "bribery" }, "body.tactic", 400);
    await bad({ title: text("ab") }, "body.title.texts", 400);
    await bad({ dependsOn: [newId()] }, "body.dependsOn");
  });

  it("lets a lead organisation move its own activity, not another's nor the plan; runners change all", async () => {
    const observers = await plan(w.people.convener, {
      title: text("Brief the UN rapporteur"),
      tactic: "un_mechanisms",
      role: "advocacy",
      leadOrganizationId: w.org.observer,
    });
    const conveners = await plan(w.people.convener, { leadOrganizationId: w.org.convener });

    const moved = await patch(w.people.observer, observers.id, {
      status: "in_progress",
      dueOn: "2026-05-15",
      notes: "Submission drafted.",
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(Activity.parse(moved.json())).toMatchObject({
      status: "in_progress",
      dueOn: "2026-05-15",
      notes: "Submission drafted.",
      mayUpdate: true,
    });
    // Not another organisation's activity, and not the plan of its own.
    expectProblem(await patch(w.people.observer, conveners.id, { status: "done" }), 403);
    expectProblem(
      await patch(w.people.observer, observers.id, { title: text("Brief everyone") }),
      403,
    );
    expectProblem(
      await patch(w.people.observer, observers.id, { leadOrganizationId: w.org.partner }),
      403,
    );
    expectProblem(await patch(w.people.observer, observers.id, { dependsOn: [conveners.id] }), 403);
    // Sending the plan unchanged with a new status is still only a status change.
    const unchanged = await patch(w.people.observer, observers.id, {
      title: observers.title,
      tactic: observers.tactic,
      status: "done",
    });
    expect(unchanged.statusCode, unchanged.body).toBe(200);
    // A colleague who does not represent the lead organisation does not act for it.
    expectProblem(await patch(w.people.partnerColleague, observers.id, { status: "planned" }), 403);
    // A lead cannot make its activity due before it starts.
    expectProblem(await patch(w.people.observer, observers.id, { dueOn: "2026-01-15" }), 422);

    const retitled = await patch(w.people.coLead, observers.id, {
      title: text("Brief the special rapporteur"),
      leadOrganizationId: w.org.coLead,
    });
    expect(retitled.statusCode, retitled.body).toBe(200);
    expect(Activity.parse(retitled.json()).leadOrganization.organizationId).toBe(w.org.coLead);
    // The observer no longer leads it.
    expectProblem(await patch(w.people.observer, observers.id, { status: "planned" }), 403);
    const byLead = await patch(w.people.partner, conveners.id, { status: "done" });
    expect(byLead.statusCode, byLead.body).toBe(200);

    const history = CampaignHistory.parse(
      (await call(t, "GET", w.url("/history?entity=activity"), { as: w.people.observer })).json(),
    );
    const ofObservers = history.items.filter((h) => h.entityId === observers.id);
    expect(ofObservers.map((h) => h.action)).toEqual(["updated", "updated", "updated", "created"]);
    expect(ofObservers[0]).toMatchObject({
      changedFor: { organizationId: w.org.coLead },
      changes: { leadOrganizationId: { from: w.org.observer, to: w.org.coLead } },
    });
    expect(ofObservers[2]).toMatchObject({
      changedBy: { userId: w.people.observer.userId },
      changedFor: { organizationId: w.org.observer },
      changes: {
        status: { from: "planned", to: "in_progress" },
        dueOn: { from: "2026-04-30", to: "2026-05-15" },
      },
    });
  });

  it("refuses dependencies that make a cycle, and says what holds an activity up", async () => {
    const a = await plan(w.people.partner, { title: text("Collect testimonies") });
    const b = await plan(w.people.partner, {
      title: text("Analyse the impact"),
      dependsOn: [a.id],
    });
    const c = await plan(w.people.partner, { title: text("File the case"), dependsOn: [b.id] });
    expect(b.dependsOn).toEqual([{ id: a.id, title: a.title, status: "planned" }]);
    expect(b.blocked).toBe(true);

    for (const [id, dependsOn] of [
      [a.id, [c.id]],
      [a.id, [b.id]],
      [b.id, [b.id]],
    ] as const) {
      const refused = expectProblem(await patch(w.people.partner, id, { dependsOn }), 422);
      expect(refused.errors?.[0]?.field).toBe("body.dependsOn");
    }
    // An activity of another campaign is not one to wait for.
    const elsewhere = await campaignWithEveryRole(t);
    const foreign = await plan(
      elsewhere.people.partner,
      { leadOrganizationId: elsewhere.org.partner },
      elsewhere.url,
    );
    expectProblem(await patch(w.people.partner, c.id, { dependsOn: [foreign.id] }), 422);

    expect((await patch(w.people.partner, a.id, { status: "done" })).statusCode).toBe(200);
    expect((await get(w.people.observer, b.id)).blocked).toBe(false);
    expect((await get(w.people.observer, b.id)).dependsOn[0]?.status).toBe("done");
    expect((await get(w.people.observer, c.id)).blocked).toBe(true);
    // A cancelled dependency will never be done: it holds nothing up.
    expect((await patch(w.people.partner, b.id, { status: "cancelled" })).statusCode).toBe(200);
    expect((await get(w.people.observer, c.id)).blocked).toBe(false);

    // Reordering is allowed once the old edge is gone; deleting removes the edges to it.
    const reordered = await patch(w.people.partner, c.id, { dependsOn: [] });
    expect(reordered.statusCode).toBe(200);
    expect((await patch(w.people.partner, a.id, { dependsOn: [c.id] })).statusCode).toBe(200);
    expectProblem(
      await call(t, "DELETE", w.url(`/activities/${c.id}`), { as: w.people.observer }),
      403,
    );
    const deleted = await call(t, "DELETE", w.url(`/activities/${c.id}`), { as: w.people.coLead });
    expect(deleted.statusCode).toBe(204);
    expectProblem(
      await call(t, "GET", w.url(`/activities/${c.id}`), { as: w.people.partner }),
      404,
    );
    expect((await get(w.people.partner, a.id)).dependsOn).toEqual([]);
    expectProblem(
      await call(t, "DELETE", w.url(`/activities/${c.id}`), { as: w.people.coLead }),
      404,
    );
  });

  it("lists by start date either way, by lead and by status, a page at a time", async () => {
    const fresh = await campaignWithEveryRole(t);
    const planHere = (startsOn: string, leadOrganizationId: string, status = "planned") =>
      plan(
        fresh.people.partner,
        { startsOn, dueOn: "2026-12-31", leadOrganizationId, status },
        fresh.url,
      );
    const late = await planHere("2026-09-01", fresh.org.partner);
    const early = await planHere("2026-01-10", fresh.org.observer, "in_progress");
    const middle = await planHere("2026-05-01", fresh.org.partner, "done");
    const list = async (query: string) =>
      ActivityList.parse(
        (
          await call(t, "GET", fresh.url(`/activities${query}`), { as: fresh.people.observer })
        ).json(),
      );
    expect((await list("")).items.map((a) => a.id)).toEqual([early.id, middle.id, late.id]);
    expect((await list("?sort=-startsOn")).items.map((a) => a.id)).toEqual([
      late.id,
      middle.id,
      early.id,
    ]);
    expect((await list(`?leadOrganizationId=${fresh.org.partner}`)).items.map((a) => a.id)).toEqual(
      [middle.id, late.id],
    );
    expect((await list("?status=in_progress")).items.map((a) => a.id)).toEqual([early.id]);
    const first = await list("?limit=2&sort=-startsOn");
    expect(first.items.map((a) => a.id)).toEqual([late.id, middle.id]);
    const second = await list(`?limit=2&sort=-startsOn&cursor=${first.nextCursor}`);
    expect(second.items.map((a) => a.id)).toEqual([early.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("draws the role matrix: which organisation leads and supports what", async () => {
    const fresh = await campaignWithEveryRole(t);
    const planHere = (role: string, leadOrganizationId: string, supporting: string[] = []) =>
      plan(
        fresh.people.partner,
        { role, leadOrganizationId, supportingOrganizationIds: supporting },
        fresh.url,
      );
    await planHere("documentation", fresh.org.partner, [fresh.org.coLead]);
    await planHere("documentation", fresh.org.partner);
    await planHere("litigation", fresh.org.coLead, [fresh.org.partner, fresh.org.observer]);
    await planHere("funding", fresh.org.convener);
    const matrix = RoleMatrix.parse(
      (
        await call(t, "GET", fresh.url("/activities/role-matrix"), { as: fresh.people.observer })
      ).json(),
    );
    expect(matrix.roles).toContain("documentation");
    const row = (org: string) => {
      const found = matrix.organizations.find((o) => o.organizationId === org);
      if (!found) throw new Error(`no row for ${org}`);
      return Object.fromEntries(
        found.cells.filter((c) => c.lead || c.support).map((c) => [c.role, [c.lead, c.support]]),
      );
    };
    expect(row(fresh.org.partner)).toEqual({ documentation: [2, 0], litigation: [0, 1] });
    expect(row(fresh.org.coLead)).toEqual({ documentation: [0, 1], litigation: [1, 0] });
    expect(row(fresh.org.observer)).toEqual({ litigation: [0, 1] });
    expect(row(fresh.org.convener)).toEqual({ funding: [1, 0] });
    expect(matrix.organizations.find((o) => o.organizationId === fresh.org.partner)).toMatchObject({
      name: fresh.names.partner,
      lead: 2,
      support: 1,
    });
    // Every active member has a row, even with nothing to do; suspended and outside ones do not.
    const ids = matrix.organizations.map((o) => o.organizationId);
    expect(ids).not.toContain(fresh.org.suspended);
    expect(ids).not.toContain(fresh.org.outsider);
    expect(ids).toHaveLength(4);
  });

  it("becomes one of the coalition's action items, owned by its lead, by the convening side", async () => {
    const activity = await plan(w.people.partner, {
      title: text("Write to the export licensing office"),
      leadOrganizationId: w.org.observer,
      dueOn: "2026-06-30",
    });
    expect(activity.mayMakeActionItem).toBe(false); // the partner runs it but does not convene
    expect((await get(w.people.coLead, activity.id)).mayMakeActionItem).toBe(true);
    const url = w.url(`/activities/${activity.id}/action-item`);
    // The campaign's lead runs it, but action items are the convening side's.
    expectProblem(await call(t, "POST", url, { as: w.people.partner }), 403);
    expectProblem(await call(t, "POST", url, { as: w.people.observer }), 403);
    expectProblem(await call(t, "POST", url, { as: w.people.outsider }), 404);
    const made = await call(t, "POST", url, { as: w.people.coLead });
    expect(made.statusCode, made.body).toBe(201);
    const linked = Activity.parse(made.json());
    expect(linked.actionItemId).toBeTruthy();
    expect(linked.mayMakeActionItem).toBe(false);
    const item = ActionItem.parse(
      (
        await call(t, "GET", `/api/v1/action-items/${linked.actionItemId}`, {
          as: w.people.observer,
        })
      ).json(),
    );
    expect(item).toMatchObject({
      title: "Write to the export licensing office",
      owner: { organizationId: w.org.observer },
      dueDate: "2026-06-30",
    });
    expectProblem(await call(t, "POST", url, { as: w.people.convener }), 409);
    const history = CampaignHistory.parse(
      (await call(t, "GET", w.url("/history?entity=activity"), { as: w.people.partner })).json(),
    );
    expect(history.items[0]).toMatchObject({
      entityId: activity.id,
      action: "action_item",
      changes: { actionItemId: { from: null, to: linked.actionItemId } },
    });

    // An organisation's own campaign has no coalition to give action items to.
    const own = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.outsider,
      payload: { organizationId: w.org.outsider, title: text("Our own research") },
    });
    const ownUrl = (path = "") => `/api/v1/campaigns/${Campaign.parse(own.json()).id}${path}`;
    const ownActivity = await plan(
      w.people.outsider,
      { leadOrganizationId: w.org.outsider },
      ownUrl,
    );
    expectProblem(
      await call(t, "POST", ownUrl(`/activities/${ownActivity.id}/action-item`), {
        as: w.people.outsider,
      }),
      409,
    );
  });

  it("appears in the coalition's calendar feed from its start to its due date", async () => {
    const activity = await plan(w.people.partner, {
      title: text("Media push before the vote"),
      startsOn: "2026-10-05",
      dueOn: "2026-10-09",
    });
    const read = async () => {
      const feed = await call(t, "GET", `/api/v1/coalitions/${w.coalitionId}/calendar.ics`, {
        as: w.people.partnerColleague,
      });
      expect(feed.statusCode, feed.body).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(feed.body));
      const found = calendar
        .getAllSubcomponents("vevent")
        .map((c) => new ICAL.Event(c))
        .find((e) => e.uid === `campaign-activity-${activity.id}@localhost`);
      if (!found) throw new Error("the activity is not in the feed");
      return found;
    };
    const before = await read();
    expect(before.startDate.toString()).toBe("2026-10-05");
    expect(before.endDate.toString()).toBe("2026-10-10");
    expect(before.summary).toBe(`Media push before the vote — ${w.names.partner}`);
    expect(before.sequence).toBe(0);
    expect((await patch(w.people.partner, activity.id, { dueOn: "2026-10-12" })).statusCode).toBe(
      200,
    );
    const after = await read();
    expect(after.endDate.toString()).toBe("2026-10-13");
    expect(after.sequence).toBe(1);
  });
});
