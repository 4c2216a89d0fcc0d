import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionItem } from "../../../shared/meetings.ts";
import { Proposal } from "../../../shared/proposals.ts";
import {
  FrontingAdviceList,
  Mitigation,
  ProposalRisk,
  RiskAssessment,
  RiskAssessmentList,
} from "../../../shared/risk/api.ts";
import type { SignedIn } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { newId } from "../../lib/ids.ts";
import { type CampaignWorld, campaignWithEveryRole } from "../campaigns/campaigns.fixtures.ts";
import {
  draftStatement,
  messengersOf,
  openAssessment,
  planActivity,
  ratingsAt,
  setRiskThresholds,
} from "./risk.fixtures.ts";

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

describe.each(backends)("joint risk assessment on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
    await setRiskThresholds(t, w.coalitionId, { access: 9, safety: 16 });
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (id: string, as: SignedIn | null) =>
    call(t, "GET", `/api/v1/risk-assessments/${id}`, { as });
  const read = async (id: string, as: SignedIn) => {
    const response = await get(id, as);
    expect(response.statusCode, response.body).toBe(200);
    return RiskAssessment.parse(response.json());
  };
  const answer = (id: string, org: string, as: SignedIn | null, payload: Record<string, unknown>) =>
    call(t, "PUT", `/api/v1/risk-assessments/${id}/responses/${org}`, { as, payload });
  const answered = async (
    id: string,
    org: string,
    as: SignedIn,
    payload: Record<string, unknown>,
  ) => {
    const response = await answer(id, org, as, payload);
    expect(response.statusCode, response.body).toBe(200);
    return RiskAssessment.parse(response.json());
  };
  /** The refusal for an unknown id and for the thing hidden from `as`: the same, to the letter. */
  const expectHiddenLikeUnknown = async (
    method: "GET" | "POST" | "PUT" | "PATCH",
    url: (id: string) => string,
    id: string,
    as: SignedIn,
    payload?: Record<string, unknown>,
  ) => {
    const hidden = await call(t, method, url(id), { as, ...(payload ? { payload } : {}) });
    const unknown = await call(t, method, url(newId()), { as, ...(payload ? { payload } : {}) });
    expectProblem(hidden, 404);
    const { instance: _, ...refused } = hidden.json();
    const { instance: __, ...unknownRefused } = unknown.json();
    expect(refused).toEqual(unknownRefused);
  };

  it("opens one assessment per statement, activity or publication of the coalition", async () => {
    const { people, org, coalitionId } = w;
    const statementId = await draftStatement(t, coalitionId);
    const made = await openAssessment(t, people.convener, coalitionId, {
      subjectKind: "statement",
      subjectId: statementId,
      country: "YE",
      audienceLanguages: ["ar"],
    });
    expect(made).toMatchObject({
      title: "Stop the strikes on hospitals",
      subjectKind: "statement",
      subjectId: statementId,
      answered: 0,
      needsDecision: false,
      mine: [],
      mitigationsNeeded: null,
      thresholds: { access: 9, safety: 16 },
      permissions: { manage: true, recommend: true },
    });
    const again = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/risk-assessments`, {
      as: people.convener,
      payload: { subjectKind: "statement", subjectId: statementId },
    });
    expectProblem(again, 409);

    // Not the convening side and not the lead of the statement's campaign: refused.
    const other = await draftStatement(t, coalitionId);
    const payload = { subjectKind: "statement", subjectId: other };
    const url = `/api/v1/coalitions/${coalitionId}/risk-assessments`;
    expectProblem(await call(t, "POST", url, { as: people.partner, payload }), 403);
    expectProblem(await call(t, "POST", url, { as: people.observer, payload }), 403);
    expectProblem(await call(t, "POST", url, { as: null, payload }), 401);
    // The campaign's lead opens the assessment of its statement and of its activities.
    const ofCampaign = await draftStatement(t, coalitionId, { campaignId: w.campaignId });
    const led = await openAssessment(t, people.partner, coalitionId, {
      subjectKind: "statement",
      subjectId: ofCampaign,
    });
    expect(led.permissions.manage).toBe(true);
    const activity = await planActivity(t, people.partner, w.campaignId, org.partner);
    const ofActivity = await openAssessment(t, people.partner, coalitionId, {
      subjectKind: "activity",
      subjectId: activity.id,
    });
    expect(ofActivity.title).toBe("Brief the press on the strikes");
    const publication = await openAssessment(t, people.coLead, coalitionId, {
      subjectKind: "publication",
      title: "Report on attacks on health care",
    });
    expect(publication.subjectId).toBeNull();
    expectProblem(
      await call(t, "POST", url, { as: people.convener, payload: { subjectKind: "publication" } }),
      400,
    );

    // A subject elsewhere or unknown is refused as such, to those inside only.
    const elsewhere = await campaignWithEveryRole(t);
    const theirs = await draftStatement(t, elsewhere.coalitionId);
    for (const subjectId of [theirs, newId()]) {
      const refused = expectProblem(
        await call(t, "POST", url, {
          as: people.convener,
          payload: { subjectKind: "statement", subjectId },
        }),
        422,
      );
      expect(refused.errors).toEqual([{ field: "body.subjectId", message: expect.any(String) }]);
    }
    await expectHiddenLikeUnknown(
      "POST",
      (id) => `/api/v1/coalitions/${id}/risk-assessments`,
      coalitionId,
      people.outsider,
      { subjectKind: "statement", subjectId: other },
    );

    const list = RiskAssessmentList.parse(
      (await call(t, "GET", url, { as: people.observer })).json(),
    );
    expect(list.items.map((i) => i.id)).toEqual(
      expect.arrayContaining([made.id, led.id, ofActivity.id, publication.id]),
    );
    await expectHiddenLikeUnknown(
      "GET",
      (id) => `/api/v1/coalitions/${id}/risk-assessments`,
      coalitionId,
      people.outsider,
    );
    await expectHiddenLikeUnknown(
      "GET",
      (id) => `/api/v1/risk-assessments/${id}`,
      made.id,
      people.outsider,
    );
  });

  it("keeps each organisation's answer to itself, and shows the heat map without names", async () => {
    const { people, org, names, coalitionId } = w;
    const a = await openAssessment(t, people.convener, coalitionId, {
      subjectKind: "publication",
      title: "Briefing on detentions",
    });
    const secret = "Relocate the Aden field team first";
    const mine = await answered(
      a.id,
      org.partner,
      people.partner,
      ratingsAt(["access", "legal"], 5, 5, { mitigations: [secret] }),
    );
    expect(mine.mine).toEqual([
      expect.objectContaining({
        organizationId: org.partner,
        mitigations: [secret],
        shareByName: false,
        ratings: [
          { category: "access", likelihood: 5, impact: 5 },
          { category: "legal", likelihood: 5, impact: 5 },
        ],
      }),
    ]);
    expect(mine.permissions.answerFor).toEqual([org.partner]);

    // Nobody else reads it: not the convening side, an observer, nor its own colleague who
    // does not represent it.
    const others = [people.convener, people.coLead, people.observer, people.partnerColleague];
    for (const as of others) {
      const seen = await read(a.id, as);
      expect(seen.mine).toEqual([]);
      expect(seen.answered).toBe(1);
      expect(seen.mitigationsNeeded).toBeNull();
      // One organisation at a level: no figure is shown in its row.
      expect(seen.heatMap.cells.every((c) => c.others === null || c.others === 0)).toBe(true);
      expect(JSON.stringify(seen)).not.toContain(names.partner);
      expect(JSON.stringify(seen)).not.toContain(secret);
    }
    // Who has not answered: the convening side's only.
    const missing = (await read(a.id, people.convener)).missing?.map((m) => m.organizationId);
    expect(missing).toEqual(expect.arrayContaining([org.convener, org.coLead, org.observer]));
    expect(missing).not.toContain(org.partner);
    expect((await read(a.id, people.observer)).missing).toBeNull();
    expect((await read(a.id, people.partner)).missing).toBeNull();

    // Answering for an organisation is its representatives' alone.
    const payload = ratingsAt(["access"], 1, 1);
    expectProblem(await answer(a.id, org.partner, people.partnerColleague, payload), 403);
    expectProblem(await answer(a.id, org.partner, people.convener, payload), 403);
    // A suspended member is inside, but has no voice until reinstated.
    expectProblem(await answer(a.id, org.suspended, people.suspended, payload), 403);
    expectProblem(await answer(a.id, org.partner, null, payload), 401);
    await expectHiddenLikeUnknown(
      "PUT",
      (id) => `/api/v1/risk-assessments/${id}/responses/${org.outsider}`,
      a.id,
      people.outsider,
      payload,
    );
    expectProblem(await answer(a.id, org.partner, people.partner, { ratings: [] }), 400);
    expectProblem(
      await answer(a.id, org.partner, people.partner, {
        ratings: [
          { category: "access", likelihood: 1, impact: 1 },
          { category: "access", likelihood: 2, impact: 2 },
        ],
      }),
      400,
    );

    // Three more answer at the same level: the figure shows, still without a name.
    await answered(a.id, org.convener, people.convener, ratingsAt(["access"], 5, 5));
    await answered(a.id, org.coLead, people.coLead, ratingsAt(["access"], 5, 5));
    await answered(a.id, org.observer, people.observer, ratingsAt(["access"], 5, 4));
    const four = await read(a.id, people.observer);
    expect(four.answered).toBe(4);
    expect(four.heatMap.cells).toContainEqual({
      category: "access",
      level: "severe",
      named: [],
      others: 4,
    });
    expect(four.mitigationsNeeded).toEqual([secret]);
    expect(four.overThreshold).toEqual(["access"]);
    expect(four.needsDecision).toBe(true);
    expect(JSON.stringify(four)).not.toContain(names.partner);
    const listUrl = `/api/v1/coalitions/${coalitionId}/risk-assessments`;
    expect((await call(t, "GET", listUrl, { as: people.observer })).body).not.toContain(
      names.partner,
    );

    // Replacing an answer replaces it whole; choosing to be named names it in the heat map.
    const named = await answered(
      a.id,
      org.partner,
      people.partner,
      ratingsAt(["safety"], 2, 2, { shareByName: true }),
    );
    expect(named.mine[0]?.ratings).toEqual([{ category: "safety", likelihood: 2, impact: 2 }]);
    expect(named.mine[0]?.mitigations).toEqual([]);
    const shared = await read(a.id, people.observer);
    expect(shared.heatMap.cells).toContainEqual({
      category: "safety",
      level: "low",
      named: [names.partner],
      others: 0,
    });
  });

  it("holds an activity back above the threshold until a proposal decides it", async () => {
    const { people, org, coalitionId } = w;
    const activity = await planActivity(t, people.partner, w.campaignId, org.partner);
    const a = await openAssessment(t, people.partner, coalitionId, {
      subjectKind: "activity",
      subjectId: activity.id,
    });
    const start = () =>
      call(t, "PATCH", `/api/v1/campaigns/${w.campaignId}/activities/${activity.id}`, {
        as: people.partner,
        payload: { status: "in_progress" },
      });
    await answered(a.id, org.coLead, people.coLead, ratingsAt(["access"], 4, 3));
    const held = await read(a.id, people.partner);
    expect(held).toMatchObject({ overThreshold: ["access"], needsDecision: true });
    const refused = expectProblem(await start(), 409);
    expect(refused.detail).toContain("access");

    const decisionUrl = `/api/v1/risk-assessments/${a.id}/decision`;
    const decide = (as: SignedIn, payload: Record<string, unknown>) =>
      call(t, "POST", decisionUrl, { as, payload });
    const base = { organizationId: org.partner, closesAt: inAWeek(), messengers: [org.convener] };
    const withSuspended = expectProblem(
      await decide(people.partner, { ...base, messengers: [org.suspended] }),
      422,
    );
    expect(withSuspended.errors).toEqual([
      { field: "body.messengers", message: expect.any(String) },
    ]);
    expectProblem(await decide(people.observer, { ...base, organizationId: org.observer }), 403);
    const opened = await decide(people.partner, base);
    expect(opened.statusCode, opened.body).toBe(201);
    const proposal = Proposal.parse(opened.json());
    expect(proposal).toMatchObject({ subject: "statement", rules: { kind: "consent" } });
    expectProblem(await decide(people.partner, base), 409);

    // The proposal shows the summary before anyone takes a stance, to those inside only.
    const riskOf = await call(t, "GET", `/api/v1/proposals/${proposal.id}/risk`, {
      as: people.observer,
    });
    expect(riskOf.statusCode, riskOf.body).toBe(200);
    expect(ProposalRisk.parse(riskOf.json())).toMatchObject({
      summary: { id: a.id, overThreshold: ["access"], answered: 1, decidedByProposalId: null },
      messengers: [{ organizationId: org.convener, name: w.names.convener }],
    });
    await expectHiddenLikeUnknown(
      "GET",
      (id) => `/api/v1/proposals/${id}/risk`,
      proposal.id,
      people.outsider,
    );
    expect(expectProblem(await start(), 409)).toBeTruthy();

    // Adopted (consent, quorum half the voices): the activity may start.
    for (const [o, as] of [
      [org.convener, people.convener],
      [org.coLead, people.coLead],
    ] as const) {
      const cast = await call(t, "PUT", `/api/v1/proposals/${proposal.id}/stances/${o}`, {
        as,
        payload: { ballot: { stance: "agree" } },
      });
      expect(cast.statusCode, cast.body).toBe(200);
    }
    const closed = await call(t, "POST", `/api/v1/proposals/${proposal.id}/close`, {
      as: people.convener,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const decided = await read(a.id, people.observer);
    expect(decided).toMatchObject({ decidedByProposalId: proposal.id, needsDecision: false });
    const started = await start();
    expect(started.statusCode, started.body).toBe(200);
    expectProblem(await decide(people.partner, base), 409);
  });

  it("records a statement's messengers when the proposal deciding it is adopted", async () => {
    const { people, org, coalitionId } = w;
    const statementId = await draftStatement(t, coalitionId, { title: "On the siege of Taiz" });
    const a = await openAssessment(t, people.convener, coalitionId, {
      subjectKind: "statement",
      subjectId: statementId,
    });
    const opened = await call(t, "POST", `/api/v1/risk-assessments/${a.id}/decision`, {
      as: people.convener,
      payload: {
        organizationId: org.convener,
        closesAt: inAWeek(),
        messengers: [org.coLead, org.partner],
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const proposal = Proposal.parse(opened.json());
    expect(proposal.title).toBe("On the siege of Taiz");
    expect(await messengersOf(t, statementId)).toEqual([]);
    for (const [o, as] of [
      [org.convener, people.convener],
      [org.partner, people.partner],
    ] as const) {
      await call(t, "PUT", `/api/v1/proposals/${proposal.id}/stances/${o}`, {
        as,
        payload: { ballot: { stance: "agree" } },
      });
    }
    await call(t, "POST", `/api/v1/proposals/${proposal.id}/close`, { as: people.convener });
    expect(await messengersOf(t, statementId)).toEqual([org.coLead, org.partner]);
    // A proposal that decides no assessed action has no risk summary.
    const plain = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/proposals`, {
      as: people.convener,
      payload: {
        organizationId: org.convener,
        title: "Meet in Amman",
        closesAt: inAWeek(),
        rules: { kind: "consent" },
      },
    });
    const plainRisk = await call(t, "GET", `/api/v1/proposals/${plain.json().id}/risk`, {
      as: people.partner,
    });
    expect(plainRisk.json()).toEqual({ summary: null, messengers: [] });
  });

  it("keeps a register of mitigations whose owners mark them done", async () => {
    const { people, org, names, coalitionId } = w;
    const a = await openAssessment(t, people.convener, coalitionId, {
      subjectKind: "publication",
      title: "Open letter to donors",
    });
    const add = (as: SignedIn, payload: Record<string, unknown>) =>
      call(t, "POST", `/api/v1/risk-assessments/${a.id}/mitigations`, { as, payload });
    const made = await add(people.convener, {
      title: "Brief the field teams before publishing",
      ownerOrganizationId: org.partner,
      dueOn: "2026-09-01",
      asActionItem: true,
    });
    expect(made.statusCode, made.body).toBe(201);
    const mitigation = Mitigation.parse(made.json());
    expect(mitigation).toMatchObject({
      owner: { organizationId: org.partner, name: names.partner },
      status: "open",
      mayUpdate: true,
    });
    const item = await call(t, "GET", `/api/v1/action-items/${mitigation.actionItemId}`, {
      as: people.partner,
    });
    expect(ActionItem.parse(item.json())).toMatchObject({
      title: "Brief the field teams before publishing",
      owner: { organizationId: org.partner },
      dueDate: "2026-09-01",
    });
    const listed = await read(a.id, people.partner);
    expect(listed.register).toEqual([{ ...mitigation, mayUpdate: true }]);
    expect((await read(a.id, people.observer)).register[0]?.mayUpdate).toBe(false);

    const patch = (as: SignedIn, payload: Record<string, unknown>, id = mitigation.id) =>
      call(t, "PATCH", `/api/v1/mitigations/${id}`, { as, payload });
    expectProblem(await patch(people.observer, { status: "done" }), 403);
    expectProblem(await patch(people.partner, { title: "Brief everyone" }), 403);
    await expectHiddenLikeUnknown(
      "PATCH",
      (id) => `/api/v1/mitigations/${id}`,
      mitigation.id,
      people.outsider,
      { status: "done" },
    );
    const done = await patch(people.partner, { status: "done" });
    expect(done.statusCode, done.body).toBe(200);
    expect(Mitigation.parse(done.json()).status).toBe("done");
    const edited = await patch(people.coLead, { title: "Brief all teams", dueOn: null });
    expect(Mitigation.parse(edited.json())).toMatchObject({
      title: "Brief all teams",
      dueOn: null,
    });
    expectProblem(await patch(people.convener, { ownerOrganizationId: org.suspended }), 422);

    // Owners are active members; only the convening side makes action items, all or nothing.
    const suspendedOwner = expectProblem(
      await add(people.convener, { title: "Ask the donors", ownerOrganizationId: org.suspended }),
      422,
    );
    expect(suspendedOwner.errors).toEqual([
      { field: "body.ownerOrganizationId", message: expect.any(String) },
    ]);
    expectProblem(await add(people.partner, { title: "Ask the donors" }), 403);
    expectProblem(await add(people.convener, { title: "Ask the donors", asActionItem: true }), 400);
    const ledStatement = await draftStatement(t, coalitionId, { campaignId: w.campaignId });
    const led = await openAssessment(t, people.partner, coalitionId, {
      subjectKind: "statement",
      subjectId: ledStatement,
    });
    const asItem = await call(t, "POST", `/api/v1/risk-assessments/${led.id}/mitigations`, {
      as: people.partner,
      payload: {
        title: "Clear the text with the lawyers",
        ownerOrganizationId: org.partner,
        dueOn: "2026-09-01",
        asActionItem: true,
      },
    });
    expectProblem(asItem, 403);
    expect((await read(led.id, people.partner)).register).toEqual([]);
  });

  it("recommends who fronts from public facts, never from another's answers", async () => {
    const { people, org, names, coalitionId } = w;
    // The co-lead cannot be associated publicly and shows it; the observer prefers private
    // diplomacy but shows its posture to its own members only, so it counts as unsaid.
    await t.services.db.execute(
      sql`update organizations set postures = '{no_public_association}',
            visibility = jsonb_set(visibility, '{posture}', '"signed_in"') where id = ${org.coLead}`,
    );
    await t.services.db.execute(
      sql`update organizations set postures = '{private_diplomacy}' where id = ${org.observer}`,
    );
    const a = await openAssessment(t, people.convener, coalitionId, {
      subjectKind: "publication",
      title: "Statement on detention in Marib",
      country: "JO",
      capacities: ["litigation"],
      audienceLanguages: ["ar"],
    });
    await answered(a.id, org.partner, people.partner, ratingsAt(["safety"], 5, 4));
    const advice = async (as: SignedIn) => {
      const response = await call(t, "GET", `/api/v1/risk-assessments/${a.id}/fronting`, { as });
      expect(response.statusCode, response.body).toBe(200);
      return FrontingAdviceList.parse(response.json()).items;
    };
    const byOrg = (items: Awaited<ReturnType<typeof advice>>) =>
      new Map(items.map((i) => [i.organizationId, i]));

    const forConvener = byOrg(await advice(people.convener));
    expect(forConvener.get(org.partner)).toEqual({
      organizationId: org.partner,
      name: names.partner,
      advice: "support_privately",
      reasons: [],
    });
    expect(forConvener.get(org.coLead)).toMatchObject({
      advice: "support_privately",
      reasons: ["no_public_association"],
    });
    expect(forConvener.get(org.observer)?.advice).toBe("front");
    expect(forConvener.get(org.observer)?.reasons).toEqual([
      "local",
      "capacities",
      "audience_language",
    ]);
    expect(forConvener.has(org.suspended)).toBe(false);
    for (const item of forConvener.values()) expect(item.reasons).not.toContain("own_risk");

    // The partner leads no campaign of this publication: it may not ask; an outsider cannot know.
    expectProblem(
      await call(t, "GET", `/api/v1/risk-assessments/${a.id}/fronting`, { as: people.partner }),
      403,
    );
    await expectHiddenLikeUnknown(
      "GET",
      (id) => `/api/v1/risk-assessments/${id}/fronting`,
      a.id,
      people.outsider,
    );

    // On its own campaign's statement the partner asks, and reads its own risk as a reason.
    const ledStatement = await draftStatement(t, coalitionId, { campaignId: w.campaignId });
    const led = await openAssessment(t, people.partner, coalitionId, {
      subjectKind: "statement",
      subjectId: ledStatement,
    });
    await answered(led.id, org.partner, people.partner, ratingsAt(["access"], 5, 5));
    await answered(led.id, org.convener, people.convener, ratingsAt(["access"], 5, 5));
    const forPartner = byOrg(
      FrontingAdviceList.parse(
        (
          await call(t, "GET", `/api/v1/risk-assessments/${led.id}/fronting`, {
            as: people.partner,
          })
        ).json(),
      ).items,
    );
    expect(forPartner.get(org.partner)?.reasons).toEqual(["own_risk"]);
    expect(forPartner.get(org.convener)).toMatchObject({
      advice: "support_privately",
      reasons: [],
    });
  });
});

describe.each(backends)("risk notifications on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const kindsFor = async (as: SignedIn) => {
    const page = await call(t, "GET", "/api/v1/me/notifications", { as });
    expect(page.statusCode, page.body).toBe(200);
    return (page.json() as { items: { kind: string; link: string }[] }).items;
  };

  it("asks every member to assess, tells an owner of its mitigation, and tells no one how anyone answered", async () => {
    const made = await openAssessment(t, w.people.convener, w.coalitionId, {
      subjectKind: "publication",
      title: "Report on detention sites",
    });
    for (const role of ["coLead", "partner", "observer"] as const) {
      const items = await kindsFor(w.people[role]);
      expect(
        items.map((n) => n.kind),
        role,
      ).toContain("risk_assessment_opened");
      expect(items.find((n) => n.kind === "risk_assessment_opened")?.link).toBe(
        `/risk-assessments/${made.id}`,
      );
    }
    expect(await kindsFor(w.people.outsider)).toEqual([]);

    const before = await kindsFor(w.people.convener);
    const answeredNow = await call(
      t,
      "PUT",
      `/api/v1/risk-assessments/${made.id}/responses/${w.org.partner}`,
      { as: w.people.partner, payload: ratingsAt(["access"], 5, 5) },
    );
    expect(answeredNow.statusCode, answeredNow.body).toBe(200);
    // An answer is nobody's news.
    expect(await kindsFor(w.people.convener)).toEqual(before);

    const mitigation = await call(t, "POST", `/api/v1/risk-assessments/${made.id}/mitigations`, {
      as: w.people.convener,
      payload: { title: "Brief the field office first", ownerOrganizationId: w.org.partner },
    });
    expect(mitigation.statusCode, mitigation.body).toBe(201);
    expect((await kindsFor(w.people.partner)).map((n) => n.kind)).toContain("mitigation_assigned");
    expect((await kindsFor(w.people.coLead)).map((n) => n.kind)).not.toContain(
      "mitigation_assigned",
    );
  });
});
