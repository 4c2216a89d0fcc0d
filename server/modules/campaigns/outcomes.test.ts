import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CampaignHistory } from "../../../shared/campaigns/core.ts";
import {
  CampaignOutcome,
  CampaignReviewAnswer,
  LessonList,
  OutcomeList,
} from "../../../shared/campaigns/outcomes.ts";
import { Coalition, defaultDecisionRules } from "../../../shared/coalitions.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { type CampaignWorld, campaignWithEveryRole, text } from "./campaigns.fixtures.ts";

const unknownCampaign = "/api/v1/campaigns/00000000-0000-7000-8000-000000000000";
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const outcome = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  observedOn: daysAgo(3),
  change: text("The ministry suspended two export licences."),
  contribution: text("Our legal analysis was cited in the decision."),
  evidence: "https://example.org/decision",
  significance: "significant",
  ...overrides,
});

const review = (overrides: Record<string, unknown> = {}) => ({
  worked: text("Litigation and media together kept the licences in the news."),
  didNotWork: text("Private diplomacy with the ministry went nowhere."),
  lessons: text("Start the legal case early; it anchors the media work."),
  tactics: ["litigation", "media"],
  issues: ["arbitrary_detention", "civil_political"],
  ...overrides,
});

describe.each(backends)("campaign outcomes and lessons on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const log = async (as: keyof CampaignWorld["people"], organizationId: string, extra = {}) => {
    const made = await call(t, "POST", w.url("/outcomes"), {
      as: w.people[as],
      payload: outcome(organizationId, extra),
    });
    expect(made.statusCode, made.body).toBe(201);
    return CampaignOutcome.parse(made.json());
  };

  it("is read by those inside; for anyone else the campaign does not exist", async () => {
    const made = await log("partner", w.org.partner);
    expect(made).toMatchObject({
      significance: "significant",
      recordedFor: { organizationId: w.org.partner, name: "Red de Derechos" },
      recordedBy: { userId: w.people.partner.userId },
    });
    for (const role of [
      "convener",
      "coLead",
      "observer",
      "suspended",
      "partnerColleague",
    ] as const) {
      const read = await call(t, "GET", w.url("/outcomes"), { as: w.people[role] });
      expect(read.statusCode, `${role}: ${read.body}`).toBe(200);
      expect(OutcomeList.parse(read.json()).items.map((o) => o.id)).toContain(made.id);
    }
    const unknown = await call(t, "GET", `${unknownCampaign}/outcomes`, { as: w.people.outsider });
    const outsider = await call(t, "GET", w.url("/outcomes"), { as: w.people.outsider });
    expectProblem(outsider, 404);
    expect(outsider.json().detail).toBe(unknown.json().detail);
    expectProblem(await call(t, "GET", w.url("/outcomes")), 404);
    const outsiderWrites = await call(t, "POST", w.url("/outcomes"), {
      as: w.people.outsider,
      payload: outcome(w.org.outsider),
    });
    expectProblem(outsiderWrites, 404);
    expect(outsiderWrites.json().detail).toBe(unknown.json().detail);
  });

  it("is logged only for an organisation the person acts for, once seen", async () => {
    await log("observer", w.org.observer, { significance: "some" });
    expectProblem(
      await call(t, "POST", w.url("/outcomes"), {
        as: w.people.partnerColleague,
        payload: outcome(w.org.partner),
      }),
      403,
    );
    expectProblem(
      await call(t, "POST", w.url("/outcomes"), {
        as: w.people.partner,
        payload: outcome(w.org.coLead),
      }),
      403,
    );
    expectProblem(
      await call(t, "POST", w.url("/outcomes"), {
        as: w.people.suspended,
        payload: outcome(w.org.suspended),
      }),
      403,
    );
    const future = expectProblem(
      await call(t, "POST", w.url("/outcomes"), {
        as: w.people.partner,
        payload: outcome(w.org.partner, { observedOn: daysAgo(-2) }),
      }),
      422,
    );
    expect(future.errors).toEqual([
      { field: "body.observedOn", message: "must not be in the future" },
    ]);
    const blank = expectProblem(
      await call(t, "POST", w.url("/outcomes"), {
        as: w.people.partner,
        payload: outcome(w.org.partner, { change: text("  ") }),
      }),
      400,
    );
    expect(blank.errors?.[0]?.field).toMatch(/^body\.change/);
    expectProblem(
      await call(t, "POST", w.url("/outcomes"), {
        as: w.people.partner,
        payload: outcome(w.org.partner, { significance: "huge" }),
      }),
      400,
    );
  });

  it("lists the latest observed first, page by page, and filters by significance", async () => {
    for (const day of [40, 20, 30]) {
      await log("coLead", w.org.coLead, { observedOn: daysAgo(day), significance: "none" });
    }
    const first = OutcomeList.parse(
      (
        await call(t, "GET", w.url("/outcomes?significance=none&limit=2"), {
          as: w.people.observer,
        })
      ).json(),
    );
    expect(first.items.map((o) => o.observedOn)).toEqual([daysAgo(20), daysAgo(30)]);
    expect(first.nextCursor).toBeTruthy();
    const second = OutcomeList.parse(
      (
        await call(
          t,
          "GET",
          w.url(`/outcomes?significance=none&limit=2&cursor=${first.nextCursor}`),
          { as: w.people.observer },
        )
      ).json(),
    );
    expect(second.items.map((o) => o.observedOn)).toEqual([daysAgo(40)]);
    expect(second.nextCursor).toBeNull();
  });

  it("is changed or removed by the organisation it was recorded for or those running the campaign, and kept in the history", async () => {
    const made = await log("observer", w.org.observer);
    const at = w.url(`/outcomes/${made.id}`);
    for (const role of ["partnerColleague", "suspended"] as const) {
      expectProblem(
        await call(t, "PATCH", at, { as: w.people[role], payload: { significance: "none" } }),
        403,
      );
    }
    expectProblem(
      await call(t, "PATCH", at, { as: w.people.outsider, payload: { significance: "none" } }),
      404,
    );
    const own = await call(t, "PATCH", at, {
      as: w.people.observer,
      payload: { significance: "some", evidence: null },
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(CampaignOutcome.parse(own.json())).toMatchObject({
      significance: "some",
      evidence: null,
    });
    const runner = await call(t, "PATCH", at, {
      as: w.people.coLead,
      payload: { contribution: text("Shared with the ministry by the coalition.") },
    });
    expect(runner.statusCode, runner.body).toBe(200);

    // An outcome of another campaign is no outcome of this one.
    const other = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, coalitionId: w.coalitionId, title: text("Other") },
    });
    const otherUrl = `/api/v1/campaigns/${other.json().id}/outcomes/${made.id}`;
    const misplaced = expectProblem(
      await call(t, "PATCH", otherUrl, { as: w.people.partner, payload: { significance: "none" } }),
      404,
    );
    expect(misplaced.detail).toBe("No such outcome.");
    expectProblem(await call(t, "DELETE", otherUrl, { as: w.people.partner }), 404);

    const history = CampaignHistory.parse(
      (await call(t, "GET", w.url("/history?entity=outcome"), { as: w.people.observer })).json(),
    );
    const mine = history.items.filter((h) => h.entityId === made.id);
    expect(mine.map((h) => [h.action, h.changedFor?.organizationId])).toEqual([
      ["updated", w.org.coLead],
      ["updated", w.org.observer],
      ["created", w.org.observer],
    ]);
    expect(mine[1]?.changes).toEqual({
      significance: { from: "significant", to: "some" },
      evidence: { from: "https://example.org/decision", to: null },
    });

    expectProblem(await call(t, "DELETE", at, { as: w.people.partnerColleague }), 403);
    const removed = await call(t, "DELETE", at, { as: w.people.convener });
    expect(removed.statusCode, removed.body).toBe(204);
    const list = OutcomeList.parse(
      (await call(t, "GET", w.url("/outcomes?limit=100"), { as: w.people.observer })).json(),
    );
    expect(list.items.map((o) => o.id)).not.toContain(made.id);
    expectProblem(await call(t, "DELETE", at, { as: w.people.convener }), 404);
    const afterDelete = CampaignHistory.parse(
      (await call(t, "GET", w.url("/history?entity=outcome"), { as: w.people.observer })).json(),
    );
    expect(afterDelete.items[0]).toMatchObject({
      entityId: made.id,
      action: "deleted",
      changedFor: { organizationId: w.org.convener },
    });
  });

  it("takes an after-action review only once closed, from those running the campaign", async () => {
    const none = await call(t, "GET", w.url("/review"), { as: w.people.observer });
    expect(CampaignReviewAnswer.parse(none.json())).toEqual({ review: null });
    expectProblem(await call(t, "GET", w.url("/review"), { as: w.people.outsider }), 404);

    const early = expectProblem(
      await call(t, "PUT", w.url("/review"), { as: w.people.partner, payload: review() }),
      409,
    );
    expect(early.detail).toMatch(/closed/);
    const closed = await call(t, "PATCH", w.url(), {
      as: w.people.partner,
      payload: { status: "closed" },
    });
    expect(closed.statusCode, closed.body).toBe(200);

    expectProblem(
      await call(t, "PUT", w.url("/review"), { as: w.people.observer, payload: review() }),
      403,
    );
    expectProblem(
      await call(t, "PUT", w.url("/review"), { as: w.people.outsider, payload: review() }),
      404,
    );
    const unknownIssue = expectProblem(
      await call(t, "PUT", w.url("/review"), {
        as: w.people.partner,
        payload: review({ issues: ["civil_political", "not_an_issue"] }),
      }),
      422,
    );
    expect(unknownIssue.errors).toEqual([
      { field: "body.issues", message: "unknown: not_an_issue" },
    ]);
    expectProblem(
      await call(t, "PUT", w.url("/review"), {
        as: w.people.partner,
        payload: review({ tactics: ["bribery"] }),
      }),
      400,
    );

    const written = await call(t, "PUT", w.url("/review"), {
      as: w.people.partner,
      payload: review(),
    });
    expect(written.statusCode, written.body).toBe(200);
    expect(CampaignReviewAnswer.parse(written.json()).review).toMatchObject({
      tactics: ["litigation", "media"],
      shared: "coalition",
      writtenBy: { userId: w.people.partner.userId },
    });
    const read = CampaignReviewAnswer.parse(
      (await call(t, "GET", w.url("/review"), { as: w.people.suspended })).json(),
    );
    expect(read.review?.lessons.texts.en).toMatch(/legal case early/);

    const history = CampaignHistory.parse(
      (await call(t, "GET", w.url("/history?entity=review"), { as: w.people.observer })).json(),
    );
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({
      action: "created",
      changedFor: { organizationId: w.org.partner },
      changes: { shared: { from: null, to: "coalition" } },
    });
  });

  it("lets later coalitions find the lessons by tactic and issue only once shared with the platform", async () => {
    // The outsider's organisation convenes a coalition of its own.
    const elsewhere = await call(t, "POST", "/api/v1/coalitions", {
      as: w.people.outsider,
      payload: {
        organizationId: w.org.outsider,
        name: "Elsewhere Coalition",
        visibility: "public",
        charter: {
          purpose: text("Work elsewhere."),
          decisionRules: defaultDecisionRules,
          collaborationLevel: "coordination",
        },
      },
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    Coalition.parse(elsewhere.json());

    const lessons = async (as: keyof CampaignWorld["people"], query = "") => {
      const answer = await call(t, "GET", `/api/v1/campaign-lessons${query}`, {
        as: w.people[as],
      });
      expect(answer.statusCode, answer.body).toBe(200);
      return LessonList.parse(answer.json()).items;
    };
    const ours = (items: LessonList["items"]) =>
      items.filter((l) => l.campaign.title.texts.en === "Stop the arms transfers");

    // Shared with the coalition: its members find it, another coalition's member does not.
    expect(ours(await lessons("observer", "?tactic=litigation"))).toHaveLength(1);
    expect(ours(await lessons("observer"))[0]?.campaign.id).toBe(w.campaignId);
    expect(ours(await lessons("outsider"))).toEqual([]);
    expect(ours(await lessons("outsider", "?tactic=litigation"))).toEqual([]);
    expectProblem(await call(t, "GET", "/api/v1/campaign-lessons"), 401);

    const shared = await call(t, "PUT", w.url("/review"), {
      as: w.people.coLead,
      payload: review({ shared: "platform" }),
    });
    expect(shared.statusCode, shared.body).toBe(200);
    // Rewriting without saying keeps the choice.
    const rewritten = await call(t, "PUT", w.url("/review"), {
      as: w.people.coLead,
      payload: review({ lessons: text("Start the legal case in the first month.") }),
    });
    expect(CampaignReviewAnswer.parse(rewritten.json()).review?.shared).toBe("platform");

    const found = ours(await lessons("outsider", "?tactic=litigation&issue=arbitrary_detention"));
    expect(found).toHaveLength(1);
    const [lesson] = found;
    // The title and the review (its own id); nothing else of the campaign, not even its id.
    expect(Object.keys(lesson ?? {}).sort()).toEqual(
      [
        "campaign",
        "didNotWork",
        "id",
        "issues",
        "lessons",
        "shared",
        "tactics",
        "updatedAt",
        "worked",
      ].sort(),
    );
    expect(lesson?.campaign).toEqual({ id: null, title: text("Stop the arms transfers") });
    expect(lesson?.lessons.texts.en).toBe("Start the legal case in the first month.");
    expect(ours(await lessons("outsider", "?tactic=mobilisation"))).toEqual([]);
    expect(ours(await lessons("outsider", "?issue=torture"))).toEqual([]);
    expect(ours(await lessons("observer", "?issue=civil_political"))[0]?.campaign.id).toBe(
      w.campaignId,
    );
    expectProblem(
      await call(t, "GET", "/api/v1/campaign-lessons?tactic=bribery", { as: w.people.outsider }),
      400,
    );
  });

  it("keeps an organisation's own campaign's lessons to its people until shared", async () => {
    const own = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.convener,
      payload: { organizationId: w.org.convener, title: text("Our own research") },
    });
    const id = own.json().id as string;
    await call(t, "PATCH", `/api/v1/campaigns/${id}`, {
      as: w.people.convener,
      payload: { status: "closed" },
    });
    const written = await call(t, "PUT", `/api/v1/campaigns/${id}/review`, {
      as: w.people.convener,
      payload: review({ tactics: ["research"], issues: [] }),
    });
    expect(written.statusCode, written.body).toBe(200);
    const titles = async (as: keyof CampaignWorld["people"]) =>
      LessonList.parse(
        (
          await call(t, "GET", "/api/v1/campaign-lessons?tactic=research", { as: w.people[as] })
        ).json(),
      ).items.map((l) => l.campaign.title.texts.en);
    expect(await titles("convener")).toEqual(["Our own research"]);
    expect(await titles("partner")).toEqual([]);
  });
});
