import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Campaign, CampaignHistory } from "../../../shared/campaigns/core.ts";
import { Objective, ObjectiveList } from "../../../shared/campaigns/objectives.ts";
import { type SignedIn, createOrganization, signedInUser } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, databaseState, expectProblem } from "../../test/org-helpers.ts";
import { type CampaignWorld, campaignWithEveryRole, text } from "./campaigns.fixtures.ts";

const dayMs = 86_400_000;
/** An ISO day this many days from today (UTC). */
const daysFrom = (days: number) => new Date(Date.now() + days * dayMs).toISOString().slice(0, 10);
const unknownId = "00000000-0000-7000-8000-000000000000";

/** A SMART objective owned by an organisation: 0 → 200 over 200 days, today halfway. */
const objectiveFor = (ownerOrganizationId: string) => ({
  statement: text("Parliament suspends the arms export licences to the parties"),
  indicator: text("Licences suspended, from the export register"),
  unit: "licences",
  baseline: 0,
  target: 200,
  baselineOn: daysFrom(-100),
  deadline: daysFrom(100),
  ownerOrganizationId,
});

describe.each(backends)("campaign objectives on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;
  /** A member organisation that neither convenes nor leads, and its representative. */
  let member: { person: SignedIn; orgId: string };

  const create = (as: SignedIn, body: object) =>
    call(t, "POST", w.url("/objectives"), { as, payload: body });
  const report = (as: SignedIn, objectiveId: string, body: object) =>
    call(t, "POST", w.url(`/objectives/${objectiveId}/progress`), { as, payload: body });
  const list = async (as: SignedIn) =>
    ObjectiveList.parse((await call(t, "GET", w.url("/objectives"), { as })).json()).items;

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
    const person = await signedInUser(t, "second-member");
    const orgId = await createOrganization(t, person, { name: "Yemen Data Project" });
    const invited = await call(t, "POST", `/api/v1/coalitions/${w.coalitionId}/invitations`, {
      as: w.people.convener,
      payload: { organizationId: orgId, role: "member" },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const accepted = await call(
      t,
      "POST",
      `/api/v1/coalitions/${w.coalitionId}/members/${orgId}/accept`,
      { as: person },
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    member = { person, orgId };
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is set by those running the campaign, read by those inside, and unknown to anyone else", async () => {
    const observer = await create(w.people.observer, objectiveFor(w.org.observer));
    expectProblem(observer, 403);
    const colleague = await create(w.people.partnerColleague, objectiveFor(w.org.partner));
    expectProblem(colleague, 403);
    const made = await create(w.people.partner, objectiveFor(w.org.observer));
    expect(made.statusCode, made.body).toBe(201);
    const objective = Objective.parse(made.json());
    expect(objective).toMatchObject({
      ownerOrganization: { organizationId: w.org.observer, name: "UN Liaison Office" },
      track: "no_data",
      latest: null,
      progress: [],
    });

    for (const role of [
      "convener",
      "coLead",
      "partner",
      "partnerColleague",
      "observer",
      "suspended",
    ] as const) {
      const read = await call(t, "GET", w.url("/objectives"), { as: w.people[role] });
      expect(read.statusCode, `${role}: ${read.body}`).toBe(200);
      expect(ObjectiveList.parse(read.json()).items.map((o) => o.id)).toContain(objective.id);
    }
    const unknown = await call(t, "GET", `/api/v1/campaigns/${unknownId}/objectives`, {
      as: w.people.outsider,
    });
    const outsider = await call(t, "GET", w.url("/objectives"), { as: w.people.outsider });
    expectProblem(outsider, 404);
    expect(outsider.json().detail).toBe(unknown.json().detail);
    expectProblem(await call(t, "GET", w.url("/objectives")), 404);

    // Writing to it from outside is the 404 of an objective that does not exist.
    const outsiderPatch = await call(t, "PATCH", w.url(`/objectives/${objective.id}`), {
      as: w.people.outsider,
      payload: { unit: "permits" },
    });
    const unknownPatch = await call(t, "PATCH", w.url(`/objectives/${unknownId}`), {
      as: w.people.partner,
      payload: { unit: "permits" },
    });
    expectProblem(outsiderPatch, 404);
    expectProblem(unknownPatch, 404);
    expect(outsiderPatch.json().detail).toBe(unknownPatch.json().detail);
    const outsiderReport = await report(w.people.outsider, objective.id, {
      organizationId: w.org.outsider,
      value: 1,
      measuredOn: daysFrom(0),
    });
    expectProblem(outsiderReport, 404);
    expect(outsiderReport.json().detail).toBe(unknownPatch.json().detail);
  });

  it("takes its owner only among the campaign's organisations", async () => {
    const before = await databaseState(t);
    const outsider = await create(w.people.partner, objectiveFor(w.org.outsider));
    expectProblem(outsider, 422);
    expect(outsider.json().errors).toEqual([
      { field: "body.ownerOrganizationId", message: "does not take part in this campaign" },
    ]);
    expectProblem(await create(w.people.partner, objectiveFor(unknownId)), 422);
    expect(await databaseState(t)).toEqual(before);
    // A suspended member is still inside the coalition: it may own an objective.
    expect((await create(w.people.partner, objectiveFor(w.org.suspended))).statusCode).toBe(201);

    // An organisation's own campaign: only the organisation itself.
    const own = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, title: text("Our own research") },
    });
    const ownId = Campaign.parse(own.json()).id;
    const url = `/api/v1/campaigns/${ownId}/objectives`;
    const other = await call(t, "POST", url, {
      as: w.people.partner,
      payload: objectiveFor(w.org.coLead),
    });
    expectProblem(other, 422);
    const mine = await call(t, "POST", url, {
      as: w.people.partner,
      payload: objectiveFor(w.org.partner),
    });
    expect(mine.statusCode, mine.body).toBe(201);
    // An objective of another campaign is unknown here.
    const elsewhere = Objective.parse(mine.json()).id;
    expectProblem(
      await call(t, "PATCH", w.url(`/objectives/${elsewhere}`), {
        as: w.people.partner,
        payload: { unit: "permits" },
      }),
      404,
    );
  });

  it("has its progress reported by its owner organisation and those running it, not another member", async () => {
    const objective = Objective.parse(
      (await create(w.people.partner, objectiveFor(member.orgId))).json(),
    );
    const reading = { value: 20, measuredOn: daysFrom(-80) };
    const observer = await report(w.people.observer, objective.id, {
      ...reading,
      organizationId: w.org.observer,
    });
    expectProblem(observer, 403);
    const colleague = await report(w.people.partnerColleague, objective.id, {
      ...reading,
      organizationId: w.org.partner,
    });
    expectProblem(colleague, 403);
    // The owner reports, for its own organisation only.
    const forAnother = await report(member.person, objective.id, {
      ...reading,
      organizationId: w.org.partner,
    });
    expectProblem(forAnother, 403);
    const owner = await report(member.person, objective.id, {
      ...reading,
      organizationId: member.orgId,
      evidence: "Export register, March",
      evidenceUrl: "https://example.org/register",
    });
    expect(owner.statusCode, owner.body).toBe(201);
    expect(Objective.parse(owner.json()).progress).toMatchObject([
      {
        value: 20,
        evidence: "Export register, March",
        evidenceUrl: "https://example.org/register",
        reportedBy: { userId: member.person.userId },
        reportedFor: { organizationId: member.orgId, name: "Yemen Data Project" },
      },
    ]);
    // The convening side runs the campaign: it may report too.
    const convener = await report(w.people.convener, objective.id, {
      value: 40,
      measuredOn: daysFrom(-60),
      organizationId: w.org.convener,
    });
    expect(convener.statusCode, convener.body).toBe(201);
    const after = Objective.parse(convener.json());
    expect(after.progress.map((p) => p.value)).toEqual([20, 40]);
    expect(after.latest).toEqual({ value: 40, measuredOn: daysFrom(-60) });
  });

  it("is on track against the straight line from baseline to target", async () => {
    const objective = Objective.parse(
      (await create(w.people.partner, objectiveFor(w.org.partner))).json(),
    );
    // Halfway through the time: the line expects 100 of 200.
    expect(objective.expected).toBeCloseTo(100, 0);
    const at = (value: number, measuredOn: string) =>
      report(w.people.partner, objective.id, { value, measuredOn, organizationId: w.org.partner });
    // 60 days in, the line expects 60: 50 is within a tenth of the way, 30 is not.
    expect(Objective.parse((await at(50, daysFrom(-40))).json()).track).toBe("on_track");
    expect(Objective.parse((await at(30, daysFrom(-40))).json()).track).toBe("behind");
    // The latest reading decides, whatever the order they were reported in.
    expect(Objective.parse((await at(10, daysFrom(-90))).json()).track).toBe("behind");
    expect(Objective.parse((await at(95, daysFrom(0))).json()).track).toBe("on_track");
    expect(Objective.parse((await at(200, daysFrom(0))).json()).track).toBe("achieved");

    // Going down reads the same way: 200 → 0, today at 110 is on track, at 160 behind.
    const down = Objective.parse(
      (
        await create(w.people.partner, {
          ...objectiveFor(w.org.partner),
          baseline: 200,
          target: 0,
        })
      ).json(),
    );
    const downAt = (value: number) =>
      report(w.people.partner, down.id, {
        value,
        measuredOn: daysFrom(0),
        organizationId: w.org.partner,
      });
    expect(Objective.parse((await downAt(110)).json()).track).toBe("on_track");
    expect(Objective.parse((await downAt(160)).json()).track).toBe("behind");

    // A deadline passed without reaching the target is missed.
    const past = Objective.parse(
      (
        await create(w.people.partner, {
          ...objectiveFor(w.org.partner),
          baselineOn: daysFrom(-300),
          deadline: daysFrom(-10),
        })
      ).json(),
    );
    expect(past.track).toBe("missed");
    const listed = (await list(w.people.observer)).find((o) => o.id === past.id);
    expect(listed?.track).toBe("missed");
  });

  it("refuses what is not SMART or not possible and changes nothing", async () => {
    const objective = Objective.parse(
      (await create(w.people.partner, objectiveFor(w.org.partner))).json(),
    );
    const reported = await report(w.people.partner, objective.id, {
      value: 10,
      measuredOn: daysFrom(-50),
      organizationId: w.org.partner,
    });
    expect(reported.statusCode).toBe(201);
    const before = await databaseState(t);

    // The shape of a body is the schema's (400); what it means here is the service's (422).
    const shape: [string, object][] = [
      ["target equal to the baseline", { ...objectiveFor(w.org.partner), target: 0 }],
      [
        "deadline before the baseline",
        { ...objectiveFor(w.org.partner), deadline: daysFrom(-200) },
      ],
      ["an empty statement", { ...objectiveFor(w.org.partner), statement: text("  ") }],
      ["no unit", { ...objectiveFor(w.org.partner), unit: "" }],
      ["year 0", { ...objectiveFor(w.org.partner), baselineOn: "0000-01-01" }],
    ];
    for (const [label, body] of shape) {
      expectProblem(await create(w.people.partner, body), 400);
      void label;
    }
    const patch = (payload: object) =>
      call(t, "PATCH", w.url(`/objectives/${objective.id}`), { as: w.people.partner, payload });
    // Each change alone is fine; with the objective as it is, it is not.
    expect((await patch({ target: 0 })).json().errors).toEqual([
      { field: "body.target", message: "must differ from the baseline" },
    ]);
    expectProblem(await patch({ deadline: daysFrom(-100) }), 422);
    expectProblem(await patch({ ownerOrganizationId: w.org.outsider }), 422);
    const moved = await patch({ baselineOn: daysFrom(-40) });
    expectProblem(moved, 422);
    expect(moved.json().errors[0].field).toBe("body.baselineOn");
    expectProblem(await patch({}), 400);

    const reading = (measuredOn: string, extra: object = {}) =>
      report(w.people.partner, objective.id, {
        value: 30,
        measuredOn,
        organizationId: w.org.partner,
        ...extra,
      });
    const future = await reading(daysFrom(3));
    expectProblem(future, 422);
    expect(future.json().errors[0].field).toBe("body.measuredOn");
    expectProblem(await reading(daysFrom(-101)), 422);
    expectProblem(await reading(daysFrom(-1), { evidenceUrl: "javascript:alert(1)" }), 400);
    expectProblem(await reading(daysFrom(-1), { evidenceUrl: "file:///etc/passwd" }), 400);
    expect(await databaseState(t)).toEqual(before);

    // Today anywhere on Earth is not the future: tomorrow in UTC may already be today in Kiribati.
    expect((await reading(daysFrom(0))).statusCode).toBe(201);
  });

  it("keeps every change in the history, and lets a reporter or a runner withdraw a reading", async () => {
    const objective = Objective.parse(
      (await create(w.people.partner, objectiveFor(member.orgId))).json(),
    );
    const changed = await call(t, "PATCH", w.url(`/objectives/${objective.id}`), {
      as: w.people.coLead,
      payload: { target: 150, unit: "licences suspended" },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(Objective.parse(changed.json())).toMatchObject({ target: 150 });
    const first = Objective.parse(
      (
        await report(member.person, objective.id, {
          value: 20,
          measuredOn: daysFrom(-10),
          organizationId: member.orgId,
        })
      ).json(),
    ).progress[0];
    const second = Objective.parse(
      (
        await report(w.people.partner, objective.id, {
          value: 30,
          measuredOn: daysFrom(-5),
          organizationId: w.org.partner,
        })
      ).json(),
    ).progress[1];
    if (!first || !second) throw new Error("two readings expected");

    const withdraw = (as: SignedIn, progressId: string) =>
      call(t, "DELETE", w.url(`/objectives/${objective.id}/progress/${progressId}`), { as });
    // Another inside person who neither reported it nor runs the campaign may not.
    expectProblem(await withdraw(w.people.observer, first.id), 403);
    expectProblem(await withdraw(member.person, second.id), 403);
    const outsider = await withdraw(w.people.outsider, first.id);
    const unknown = await withdraw(w.people.partner, unknownId);
    expectProblem(outsider, 404);
    expect(outsider.json().detail).toBe(unknown.json().detail);
    expect((await withdraw(member.person, first.id)).statusCode).toBe(204);
    expect((await withdraw(w.people.convener, second.id)).statusCode).toBe(204);

    const history = async (entity: string) =>
      CampaignHistory.parse(
        (
          await call(t, "GET", w.url(`/history?entity=${entity}&limit=100`), {
            as: w.people.observer,
          })
        ).json(),
      ).items.filter(
        (h) => h.entityId === objective.id || [first.id, second.id].includes(h.entityId),
      );
    const objectiveHistory = await history("objective");
    expect(objectiveHistory.map((h) => h.action)).toEqual(["updated", "created"]);
    expect(objectiveHistory[0]).toMatchObject({
      changedBy: { userId: w.people.coLead.userId },
      changedFor: { organizationId: w.org.coLead },
      changes: {
        target: { from: 200, to: 150 },
        unit: { from: "licences", to: "licences suspended" },
      },
    });
    const progressHistory = await history("progress");
    expect(progressHistory.map((h) => [h.action, h.changedFor?.organizationId])).toEqual([
      ["deleted", w.org.convener],
      ["deleted", member.orgId],
      ["reported", w.org.partner],
      ["reported", member.orgId],
    ]);
    expect(progressHistory.at(-1)?.changes).toMatchObject({
      value: { from: null, to: 20 },
      objectiveId: { from: null, to: objective.id },
    });

    // Deleting the objective takes its readings with it, and is kept too.
    await report(member.person, objective.id, {
      value: 25,
      measuredOn: daysFrom(-2),
      organizationId: member.orgId,
    });
    expectProblem(
      await call(t, "DELETE", w.url(`/objectives/${objective.id}`), { as: w.people.observer }),
      403,
    );
    const deleted = await call(t, "DELETE", w.url(`/objectives/${objective.id}`), {
      as: w.people.partner,
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect((await list(w.people.partner)).map((o) => o.id)).not.toContain(objective.id);
    const [gone] = await history("objective");
    expect(gone).toMatchObject({
      action: "deleted",
      changes: { target: { from: 150, to: null }, readings: { from: 1, to: 0 } },
    });
  });
});
