import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CampaignDashboard } from "../../../shared/campaigns/dashboard.ts";
import { newId } from "../../lib/ids.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { type CampaignWorld, campaignWithEveryRole, text } from "./campaigns.fixtures.ts";
import { campaignObjectives, objectiveProgress } from "./objectives.table.ts";
import { campaignBudgetLines, campaignPledges, campaignSpending } from "./resources.table.ts";
import { type AllyPosition, campaignStakeholders, stakeholderMoves } from "./stakeholders.table.ts";
import { campaignActivities } from "./workplan.table.ts";

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(backends)("campaign dashboard on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;
  const ids = {} as Record<string, string>;

  /*
   * A small campaign written straight into the tables, with the answer worked out by hand:
   * objectives on each track, open and closed activities, money in two currencies and
   * stakeholders that moved within the month, before it, or there and back.
   */
  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
    const db = t.services.db;
    const at = new Date();
    const campaignId = w.campaignId;

    const objective = async (key: string, values: { baselineOn: string; deadline: string }) => {
      ids[key] = newId();
      await db.insert(campaignObjectives).values({
        id: ids[key],
        campaignId,
        statement: text(`Objective ${key}`),
        indicator: text("Licences suspended"),
        unit: "licences",
        baseline: 0,
        target: 100,
        ...values,
        ownerOrganizationId: w.org.partner,
        createdAt: at,
        updatedAt: at,
      });
    };
    const reading = (key: string, value: number, measuredOn: string, reportedAt = at) =>
      db.insert(objectiveProgress).values({
        id: newId(),
        objectiveId: ids[key] ?? "",
        value,
        measuredOn,
        reportedAt,
      });
    // Halfway through its time: on track above 40 (within the tolerance of 50).
    await objective("onTrack", { baselineOn: day(-100), deadline: day(100) });
    await reading("onTrack", 10, day(-30));
    await reading("onTrack", 20, day(0), new Date(at.getTime() - 60_000));
    await reading("onTrack", 60, day(0)); // the same day, reported later: the latest
    await objective("behind", { baselineOn: day(-100), deadline: day(100) });
    await reading("behind", 20, day(0));
    await objective("achieved", { baselineOn: day(-100), deadline: day(100) });
    await reading("achieved", 100, day(-1));
    await objective("missed", { baselineOn: day(-200), deadline: day(-1) });
    await reading("missed", 50, day(-2));
    await objective("noData", { baselineOn: day(-10), deadline: day(300) });

    const activity = (
      title: string,
      startsOn: string,
      dueOn: string,
      status: string,
      lead = w.org.partner,
    ) =>
      db.insert(campaignActivities).values({
        id: newId(),
        campaignId,
        title: text(title),
        tactic: "litigation",
        role: "litigation",
        leadOrganizationId: lead,
        startsOn,
        dueOn,
        status,
        createdAt: at,
        updatedAt: at,
      });
    await activity("Done long ago", day(-90), day(-80), "done");
    await activity("Cancelled", day(-60), day(-50), "cancelled");
    await activity("Overdue filing", day(-40), day(-5), "in_progress", w.org.coLead);
    await activity("Blocked research", day(-20), day(20), "blocked");
    for (let i = 1; i <= 5; i++)
      await activity(`Planned ${i}`, day(i * 7), day(i * 7 + 10), "planned");

    const pledge = (kind: string, currency: string | null, amount: string, received: string) =>
      db.insert(campaignPledges).values({
        id: newId(),
        campaignId,
        organizationId: w.org.partner,
        kind,
        currency,
        amount,
        received,
        createdAt: at,
        updatedAt: at,
      });
    await pledge("money", "EUR", "1000", "400.5");
    await pledge("money", "EUR", "250.25", "0");
    await pledge("money", "USD", "500", "500");
    await pledge("staff_days", null, "20", "5");
    await pledge("staff_days", null, "2.5", "0");
    await pledge("in_kind", null, "1", "0");
    const line = async (currency: string, amount: string) => {
      const id = newId();
      await db.insert(campaignBudgetLines).values({
        id,
        campaignId,
        label: `Line ${currency} ${amount}`,
        currency,
        amount,
        createdAt: at,
        updatedAt: at,
      });
      return id;
    };
    const eurLine = await line("EUR", "2000");
    await line("EUR", "500.5");
    const gbpLine = await line("GBP", "300");
    const spend = (budgetLineId: string, currency: string, amount: string, status: string) =>
      db.insert(campaignSpending).values({
        id: newId(),
        campaignId,
        budgetLineId,
        organizationId: w.org.partner,
        currency,
        amount,
        spentOn: day(-3),
        description: "Court fees",
        status,
        createdAt: at,
      });
    await spend(eurLine, "EUR", "100.25", "confirmed");
    await spend(eurLine, "EUR", "50", "recorded");
    await spend(eurLine, "EUR", "10", "queried");
    await spend(gbpLine, "GBP", "30", "confirmed");

    const stakeholder = async (
      name: string,
      influence: number,
      moves: [AllyPosition | null, AllyPosition, number][],
    ) => {
      const id = newId();
      await db.insert(campaignStakeholders).values({
        id,
        campaignId,
        name,
        type: "official",
        role: "target",
        position: moves.at(-1)?.[1] ?? 0,
        influence,
        interest: 3,
        createdAt: at,
        updatedAt: at,
      });
      for (const [from, to, offset] of moves) {
        await db.insert(stakeholderMoves).values({
          id: newId(),
          stakeholderId: id,
          campaignId,
          fromPosition: from,
          toPosition: to,
          influence,
          movedOn: day(offset),
          recordedAt: at,
        });
      }
    };
    // Opposition to passive ally within the month: the biggest move.
    await stakeholder("Minister of Trade", 5, [
      [null, -2, -200],
      [-2, -1, -10],
      [-1, 1, -2],
    ]);
    // Neutral to passive opposition within the month.
    await stakeholder("Export Agency", 3, [
      [null, 0, -100],
      [0, -1, -5],
    ]);
    // Moved only before the month.
    await stakeholder("Parliament Committee", 4, [
      [null, -1, -300],
      [-1, 2, -60],
    ]);
    // First placed within the month: not a move.
    await stakeholder("New Newspaper", 2, [[null, 1, -3]]);
    // There and back within the month.
    await stakeholder("Defence Contractor", 5, [
      [null, -2, -100],
      [-2, -1, -20],
      [-1, -2, -4],
    ]);
    // Moved exactly 30 days ago: counted from where it stood that day, so not within the month.
    await stakeholder("Ombudsman", 1, [
      [null, 0, -90],
      [0, 1, -30],
    ]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is read by those inside; for anyone else the campaign does not exist", async () => {
    for (const role of [
      "convener",
      "partner",
      "observer",
      "suspended",
      "partnerColleague",
    ] as const) {
      const read = await call(t, "GET", w.url("/dashboard"), { as: w.people[role] });
      expect(read.statusCode, `${role}: ${read.body}`).toBe(200);
    }
    const unknown = await call(
      t,
      "GET",
      "/api/v1/campaigns/00000000-0000-7000-8000-000000000000/dashboard",
      { as: w.people.outsider },
    );
    const outsider = await call(t, "GET", w.url("/dashboard"), { as: w.people.outsider });
    expectProblem(outsider, 404);
    expect(outsider.json().detail).toBe(unknown.json().detail);
    expectProblem(await call(t, "GET", w.url("/dashboard")), 404);
  });

  it("counts objectives per track from each one's latest reading", async () => {
    const board = CampaignDashboard.parse(
      (await call(t, "GET", w.url("/dashboard"), { as: w.people.observer })).json(),
    );
    expect(board.today).toBe(day(0));
    expect(board.objectives.counts).toEqual({
      achieved: 1,
      on_track: 1,
      behind: 1,
      missed: 1,
      no_data: 1,
    });
    const byId = new Map(board.objectives.items.map((o) => [o.id, o]));
    expect(byId.get(ids.onTrack ?? "")).toMatchObject({
      track: "on_track",
      latest: { value: 60, measuredOn: day(0) },
    });
    expect(byId.get(ids.behind ?? "")?.track).toBe("behind");
    expect(byId.get(ids.missed ?? "")?.track).toBe("missed");
    expect(byId.get(ids.noData ?? "")).toMatchObject({ track: "no_data", latest: null });
  });

  it("shows the next five open activities by start date, and counts the open and overdue", async () => {
    const board = CampaignDashboard.parse(
      (await call(t, "GET", w.url("/dashboard"), { as: w.people.observer })).json(),
    );
    expect(board.activities.open).toBe(7);
    expect(board.activities.overdue).toBe(1);
    expect(board.activities.next.map((a) => a.title.texts.en)).toEqual([
      "Overdue filing",
      "Blocked research",
      "Planned 1",
      "Planned 2",
      "Planned 3",
    ]);
    expect(board.activities.next[0]?.leadOrganization).toEqual({
      organizationId: w.org.coLead,
      name: "Sahel Relief Network",
    });
  });

  it("sets pledges against the budget per currency, never converted, with staff days apart", async () => {
    const board = CampaignDashboard.parse(
      (await call(t, "GET", w.url("/dashboard"), { as: w.people.observer })).json(),
    );
    expect(board.resources).toEqual({
      currencies: [
        {
          currency: "EUR",
          pledged: "1250.25",
          received: "400.5",
          budget: "2500.5",
          spent: "100.25",
        },
        { currency: "GBP", pledged: "0", received: "0", budget: "300", spent: "30" },
        { currency: "USD", pledged: "500", received: "500", budget: "0", spent: "0" },
      ],
      staffDays: { pledged: "22.5", received: "5" },
    });
  });

  it("counts the stakeholders that moved along the spectrum over the last 30 days", async () => {
    const board = CampaignDashboard.parse(
      (await call(t, "GET", w.url("/dashboard"), { as: w.people.observer })).json(),
    );
    expect(board.stakeholders).toMatchObject({
      total: 6,
      since: day(-30),
      moved: 2,
      towardAllies: 1,
      towardOpposition: 1,
    });
    expect(board.stakeholders.biggestMovers.map((m) => [m.name, m.from, m.to])).toEqual([
      ["Minister of Trade", -2, 1],
      ["Export Agency", 0, -1],
    ]);
  });

  it("is empty but whole for a campaign with nothing in it yet", async () => {
    const made = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, coalitionId: w.coalitionId, title: text("New") },
    });
    const board = CampaignDashboard.parse(
      (
        await call(t, "GET", `/api/v1/campaigns/${made.json().id}/dashboard`, {
          as: w.people.partner,
        })
      ).json(),
    );
    expect(board).toMatchObject({
      objectives: { counts: { on_track: 0, no_data: 0 }, items: [] },
      activities: { open: 0, overdue: 0, next: [] },
      resources: { currencies: [], staffDays: { pledged: "0", received: "0" } },
      stakeholders: { total: 0, moved: 0, biggestMovers: [] },
    });
  });
});
