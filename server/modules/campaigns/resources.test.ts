import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CampaignHistory } from "../../../shared/campaigns/core.ts";
import {
  BudgetLine,
  BudgetLineList,
  Pledge,
  PledgeList,
  ResourcesSummary,
  Spending,
  SpendingList,
} from "../../../shared/campaigns/resources.ts";
import { NotificationPage } from "../../../shared/notifications.ts";
import type { SignedIn } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { notificationLine } from "../notifications/notification-text.ts";
import { type CampaignWorld, campaignWithEveryRole } from "./campaigns.fixtures.ts";

describe.each(backends)("campaign resources on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (as: SignedIn, path: string, payload?: object) =>
    call(t, "POST", w.url(path), { as, ...(payload ? { payload } : {}) });
  const patch = (as: SignedIn, path: string, payload: object) =>
    call(t, "PATCH", w.url(path), { as, payload });

  async function line(label: string, currency: string, amount: string) {
    const made = await post(w.people.partner, "/budget-lines", { label, currency, amount });
    expect(made.statusCode, made.body).toBe(201);
    return BudgetLine.parse(made.json());
  }

  async function spend(as: SignedIn, organizationId: string, body: Record<string, unknown>) {
    const made = await post(as, "/spending", {
      organizationId,
      spentOn: "2026-03-10",
      description: "Flights to Geneva for the UN side event",
      receipt: "INV-2026-031",
      ...body,
    });
    expect(made.statusCode, made.body).toBe(201);
    return Spending.parse(made.json());
  }

  const setMonitor = async (fundMonitor: object | null) => {
    const named = await patch(w.people.partner, "", { fundMonitor });
    expect(named.statusCode, named.body).toBe(200);
  };

  it("is read by those inside and does not exist for anyone else", async () => {
    for (const path of ["/pledges", "/budget-lines", "/spending", "/resources/summary"]) {
      for (const role of ["convener", "coLead", "partner", "observer", "suspended"] as const) {
        const read = await call(t, "GET", w.url(path), { as: w.people[role] });
        expect(read.statusCode, `${role} ${path}: ${read.body}`).toBe(200);
      }
      const unknown = await call(
        t,
        "GET",
        `/api/v1/campaigns/00000000-0000-7000-8000-000000000000${path}`,
        { as: w.people.outsider },
      );
      const outsider = await call(t, "GET", w.url(path), { as: w.people.outsider });
      expectProblem(outsider, 404);
      expect(outsider.json().detail).toBe(unknown.json().detail);
      expectProblem(await call(t, "GET", w.url(path)), 404);
    }
    const outsiderPledges = await post(w.people.outsider, "/pledges", {
      organizationId: w.org.outsider,
      kind: "staff_days",
      amount: "5",
    });
    expectProblem(outsiderPledges, 404);
  });

  it("lets an organisation pledge for itself only, and those running it record what arrived", async () => {
    const forOther = await post(w.people.observer, "/pledges", {
      organizationId: w.org.partner,
      kind: "staff_days",
      amount: "10",
    });
    expectProblem(forOther, 403);
    // A colleague of the lead organisation does not represent it.
    const colleague = await post(w.people.partnerColleague, "/pledges", {
      organizationId: w.org.partner,
      kind: "staff_days",
      amount: "10",
    });
    expectProblem(colleague, 403);

    const made = await post(w.people.observer, "/pledges", {
      organizationId: w.org.observer,
      kind: "staff_days",
      amount: "12.5",
      description: "A researcher for the legal analysis",
    });
    expect(made.statusCode, made.body).toBe(201);
    const pledge = Pledge.parse(made.json());
    expect(pledge).toMatchObject({
      organization: { organizationId: w.org.observer, name: w.names.observer },
      kind: "staff_days",
      currency: null,
      amount: "12.5",
      received: "0",
    });

    // The lead may record what has arrived, but not change the pledge itself.
    const arrived = await patch(w.people.partner, `/pledges/${pledge.id}`, { received: "4" });
    expect(arrived.statusCode, arrived.body).toBe(200);
    expect(Pledge.parse(arrived.json()).received).toBe("4");
    expectProblem(await patch(w.people.partner, `/pledges/${pledge.id}`, { amount: "20" }), 403);
    expectProblem(await patch(w.people.coLead, `/pledges/${pledge.id}`, { amount: "20" }), 403);
    expectProblem(
      await call(t, "DELETE", w.url(`/pledges/${pledge.id}`), { as: w.people.partner }),
      403,
    );
    // Another member that does not run the campaign records nothing for others.
    const partnerMade = await post(w.people.partner, "/pledges", {
      organizationId: w.org.partner,
      kind: "in_kind",
      amount: "1",
      description: "Meeting room in Sana'a for the press conference",
    });
    expect(partnerMade.statusCode, partnerMade.body).toBe(201);
    const partnerPledge = Pledge.parse(partnerMade.json());
    expectProblem(
      await patch(w.people.observer, `/pledges/${partnerPledge.id}`, { received: "1" }),
      403,
    );
    const grown = await patch(w.people.observer, `/pledges/${pledge.id}`, { amount: "15" });
    expect(Pledge.parse(grown.json()).amount).toBe("15");

    const history = CampaignHistory.parse(
      (await call(t, "GET", w.url("/history?entity=pledge"), { as: w.people.observer })).json(),
    );
    expect(history.items.map((h) => h.action)).toEqual([
      "updated",
      "created",
      "received",
      "created",
    ]);
    expect(history.items[2]).toMatchObject({
      changedFor: { organizationId: w.org.partner },
      changes: { received: { from: "0", to: "4" } },
    });

    const unknown = await patch(
      w.people.observer,
      "/pledges/00000000-0000-7000-8000-000000000000",
      { received: "1" },
    );
    expectProblem(unknown, 404);
    const deleted = await call(t, "DELETE", w.url(`/pledges/${pledge.id}`), {
      as: w.people.observer,
    });
    expect(deleted.statusCode).toBe(204);
  });

  it("refuses pledges that do not add up", async () => {
    const base = { organizationId: w.org.observer };
    for (const body of [
      { kind: "money", amount: "100" }, // no currency
      { kind: "staff_days", amount: "3", currency: "EUR" },
      { kind: "money", amount: "1.23456", currency: "EUR" }, // five decimals
      { kind: "money", amount: "0.1e2", currency: "EUR" },
      { kind: "money", amount: "100", currency: "XYZ" }, // not ISO 4217
      { kind: "money", amount: 100, currency: "EUR" }, // a number, not a decimal string
      { kind: "money", amount: "0", currency: "EUR" },
      { kind: "in_kind", amount: "1" }, // says nothing of what
    ]) {
      expectProblem(await post(w.people.observer, "/pledges", { ...base, ...body }), 400);
    }
    const made = await post(w.people.observer, "/pledges", {
      ...base,
      kind: "money",
      amount: "100",
      currency: "EUR",
    });
    const pledge = Pledge.parse(made.json());
    const tooMuch = await patch(w.people.partner, `/pledges/${pledge.id}`, { received: "100.01" });
    expectProblem(tooMuch, 422);
    await call(t, "DELETE", w.url(`/pledges/${pledge.id}`), { as: w.people.observer });
  });

  it("has budget lines that those running the campaign keep", async () => {
    const refused = await post(w.people.observer, "/budget-lines", {
      label: "Litigation",
      currency: "EUR",
      amount: "5000",
    });
    expectProblem(refused, 403);
    const legal = await line("Legal fees", "EUR", "5000");
    const changed = await patch(w.people.convener, `/budget-lines/${legal.id}`, {
      amount: "6000.50",
    });
    expect(BudgetLine.parse(changed.json()).amount).toBe("6000.5");
    expectProblem(
      await patch(w.people.observer, `/budget-lines/${legal.id}`, { amount: "1" }),
      403,
    );
    const gone = await call(t, "DELETE", w.url(`/budget-lines/${legal.id}`), {
      as: w.people.partner,
    });
    expect(gone.statusCode).toBe(204);
  });

  it("records spending for the organisation that spent, in its line's currency", async () => {
    const travel = await line("Travel", "EUR", "2000");
    const forOther = await post(w.people.observer, "/spending", {
      organizationId: w.org.partner,
      budgetLineId: travel.id,
      currency: "EUR",
      amount: "10",
      spentOn: "2026-03-01",
      description: "Taxi",
      receipt: "R-1",
    });
    expectProblem(forOther, 403);
    const mismatch = await post(w.people.observer, "/spending", {
      organizationId: w.org.observer,
      budgetLineId: travel.id,
      currency: "USD",
      amount: "10",
      spentOn: "2026-03-01",
      description: "Taxi",
      receipt: "R-1",
    });
    const problem = expectProblem(mismatch, 422);
    expect(problem.errors?.[0]?.field).toBe("body.currency");
    for (const amount of ["0", "-5", "1.00001"]) {
      const bad = await post(w.people.observer, "/spending", {
        organizationId: w.org.observer,
        budgetLineId: travel.id,
        currency: "EUR",
        amount,
        spentOn: "2026-03-01",
        description: "Taxi",
        receipt: "R-1",
      });
      expectProblem(bad, 400);
    }
    const entry = await spend(w.people.observer, w.org.observer, {
      budgetLineId: travel.id,
      currency: "EUR",
      amount: "10",
    });
    expect(entry.status).toBe("recorded");
    const usd = await line("Travel (US)", "USD", "100");
    expectProblem(
      await patch(w.people.observer, `/spending/${entry.id}`, { budgetLineId: usd.id }),
      422,
    );
    // A line with spending keeps its currency and is not deleted.
    expectProblem(
      await patch(w.people.partner, `/budget-lines/${travel.id}`, { currency: "USD" }),
      409,
    );
    expectProblem(
      await call(t, "DELETE", w.url(`/budget-lines/${travel.id}`), { as: w.people.partner }),
      409,
    );
    expectProblem(await patch(w.people.partner, `/spending/${entry.id}`, { amount: "11" }), 403);
    const fixed = await patch(w.people.observer, `/spending/${entry.id}`, { amount: "10.5" });
    expect(Spending.parse(fixed.json()).amount).toBe("10.5");
  });

  it("is confirmed by the designated fund monitor alone, and only once", async () => {
    await setMonitor(null);
    const room = await line("Venue hire", "EUR", "800");
    const entry = await spend(w.people.partner, w.org.partner, {
      budgetLineId: room.id,
      currency: "EUR",
      amount: "300",
    });
    // No monitor named: nobody confirms, those running the campaign included.
    for (const role of ["partner", "convener", "coLead", "observer"] as const) {
      expectProblem(await post(w.people[role], `/spending/${entry.id}/confirm`), 403);
    }

    await setMonitor({ kind: "organization", id: w.org.observer });
    for (const role of ["partner", "convener", "coLead", "partnerColleague"] as const) {
      expectProblem(await post(w.people[role], `/spending/${entry.id}/confirm`), 403);
      expectProblem(
        await post(w.people[role], `/spending/${entry.id}/query`, { note: "Which venue?" }),
        403,
      );
    }
    expectProblem(await post(w.people.outsider, `/spending/${entry.id}/confirm`), 404);
    expectProblem(
      await post(w.people.observer, "/spending/00000000-0000-7000-8000-000000000000/confirm"),
      404,
    );
    const confirmed = await post(w.people.observer, `/spending/${entry.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(Spending.parse(confirmed.json())).toMatchObject({
      status: "confirmed",
      reviewedBy: { userId: w.people.observer.userId },
    });
    // Confirmed is final: no edit, no deletion, no second review.
    expectProblem(await patch(w.people.partner, `/spending/${entry.id}`, { amount: "1" }), 409);
    expectProblem(
      await call(t, "DELETE", w.url(`/spending/${entry.id}`), { as: w.people.partner }),
      409,
    );
    expectProblem(await post(w.people.observer, `/spending/${entry.id}/confirm`), 409);
    expectProblem(
      await post(w.people.observer, `/spending/${entry.id}/query`, { note: "Why?" }),
      409,
    );
    const history = CampaignHistory.parse(
      (await call(t, "GET", w.url("/history?entity=spending"), { as: w.people.partner })).json(),
    );
    expect(history.items[0]).toMatchObject({
      action: "confirmed",
      entityId: entry.id,
      changedBy: { userId: w.people.observer.userId },
      changedFor: { organizationId: w.org.observer },
      changes: { status: { from: "recorded", to: "confirmed" } },
    });

    // A person named as monitor: that person alone.
    await setMonitor({ kind: "person", id: w.people.coLead.userId });
    const second = await spend(w.people.partner, w.org.partner, {
      budgetLineId: room.id,
      currency: "EUR",
      amount: "50",
    });
    expectProblem(await post(w.people.observer, `/spending/${second.id}/confirm`), 403);
    const queried = await post(w.people.coLead, `/spending/${second.id}/query`, {
      note: "The receipt is for 45 EUR.",
    });
    expect(Spending.parse(queried.json())).toMatchObject({
      status: "queried",
      queryNote: "The receipt is for 45 EUR.",
    });
    expectProblem(await post(w.people.coLead, `/spending/${second.id}/query`, { note: " " }), 400);
    // Corrected, it awaits the monitor again.
    const corrected = await patch(w.people.partner, `/spending/${second.id}`, { amount: "45" });
    expect(Spending.parse(corrected.json()).status).toBe("recorded");
    expect(
      Spending.parse((await post(w.people.coLead, `/spending/${second.id}/confirm`)).json()).status,
    ).toBe("confirmed");
  });

  it("tells the fund monitor, in their language, when spending awaits confirmation", async () => {
    await setMonitor({ kind: "organization", id: w.org.observer });
    const lines = BudgetLineList.parse(
      (await call(t, "GET", w.url("/budget-lines"), { as: w.people.partner })).json(),
    );
    const venue = lines.items.find((l) => l.label === "Venue hire");
    const entry = await spend(w.people.partner, w.org.partner, {
      budgetLineId: venue?.id,
      currency: "EUR",
      amount: "1200.5",
    });
    const inbox = async (as: SignedIn) =>
      NotificationPage.parse(
        (await call(t, "GET", "/api/v1/me/notifications", { as })).json(),
      ).items.filter((n) => n.kind === "spending_to_confirm");
    const told = await inbox(w.people.observer);
    expect(told[0]).toMatchObject({
      link: `/campaigns/${w.campaignId}/resources`,
      data: { organization: w.names.partner, amount: "1200.5", currency: "EUR" },
    });
    // Neither the one who recorded it nor anyone who is not the monitor hears of it.
    expect(await inbox(w.people.partner)).toEqual([]);
    expect(await inbox(w.people.convener)).toEqual([]);

    // Queried and corrected, it comes back to the monitor.
    await post(w.people.observer, `/spending/${entry.id}/query`, { note: "Which venue?" });
    await patch(w.people.partner, `/spending/${entry.id}`, {
      description: "Hall of the bar association",
    });
    expect((await inbox(w.people.observer)).length).toBe(told.length + 1);
    // The organisation that spent heard of the query, with the amount but not the note.
    const queries = NotificationPage.parse(
      (await call(t, "GET", "/api/v1/me/notifications", { as: w.people.partner })).json(),
    ).items.filter((n) => n.kind === "spending_queried");
    expect(queries[0]).toMatchObject({
      link: `/campaigns/${w.campaignId}/resources`,
      data: { amount: "1200.5", currency: "EUR" },
    });
    expect(JSON.stringify(queries[0]?.data)).not.toContain("Which venue?");
    expect(notificationLine("spending_queried", queries[0]?.data ?? {}, "fr")).toMatch(
      /1\s?200,50\s?€/,
    );

    const data = told[0]?.data ?? {};
    expect(notificationLine("spending_to_confirm", data, "fr")).toMatch(/1\s?200,50\s?€/);
    expect(notificationLine("spending_to_confirm", data, "en")).toContain("€1,200.50");
    expect(notificationLine("spending_to_confirm", data, "ar")).toMatch(/يُرجى تأكيدها/);
  });

  it("totals each currency on its own, exactly, with the variance per line", async () => {
    const own = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.partner,
      payload: {
        organizationId: w.org.partner,
        coalitionId: w.coalitionId,
        title: { original: "en", texts: { en: "Totals" } },
      },
    });
    const url = (path: string) => `/api/v1/campaigns/${own.json().id}${path}`;
    const as = w.people.partner;
    const go = async (method: "POST" | "PATCH", path: string, payload?: object) => {
      const r = await call(t, method, url(path), { as, ...(payload ? { payload } : {}) });
      expect(r.statusCode, r.body).toBeLessThan(300);
      return r.json();
    };
    await go("PATCH", "", { fundMonitor: { kind: "organization", id: w.org.partner } });
    const eur = BudgetLine.parse(
      await go("POST", "/budget-lines", { label: "Research", currency: "EUR", amount: "1000" }),
    );
    const yer = BudgetLine.parse(
      await go("POST", "/budget-lines", { label: "Field work", currency: "YER", amount: "500000" }),
    );
    const pledge = (body: object) =>
      go("POST", "/pledges", { organizationId: w.org.partner, ...body });
    await pledge({ kind: "money", currency: "EUR", amount: "0.1", received: "0.1" });
    await pledge({ kind: "money", currency: "EUR", amount: "0.2" });
    await pledge({ kind: "money", currency: "YER", amount: "250000", received: "100000.25" });
    await pledge({ kind: "staff_days", amount: "10", received: "2.5" });
    await pledge({ kind: "staff_days", amount: "0.5" });
    await pledge({ kind: "in_kind", amount: "1", received: "1", description: "Office space" });
    await pledge({ kind: "in_kind", amount: "2", description: "Two laptops" });
    const entry = (line: string, currency: string, amount: string) =>
      go("POST", "/spending", {
        organizationId: w.org.partner,
        budgetLineId: line,
        currency,
        amount,
        spentOn: "2026-04-01",
        description: "Spent",
        receipt: "https://receipts.example.org/1",
      });
    const a = Spending.parse(await entry(eur.id, "EUR", "100.1"));
    const b = Spending.parse(await entry(eur.id, "EUR", "0.2"));
    await entry(eur.id, "EUR", "50");
    const c = Spending.parse(await entry(yer.id, "YER", "7000"));
    await go("POST", `/spending/${a.id}/confirm`);
    await go("POST", `/spending/${b.id}/confirm`);
    await go("POST", `/spending/${c.id}/query`, { note: "Receipt missing" });

    const summary = ResourcesSummary.parse(
      (await call(t, "GET", url("/resources/summary"), { as: w.people.observer })).json(),
    );
    expect(summary.currencies).toEqual([
      {
        currency: "EUR",
        pledged: "0.3",
        received: "0.1",
        budgeted: "1000",
        confirmed: "100.3",
        pending: "50",
        queried: "0",
        variance: "899.7",
      },
      {
        currency: "YER",
        pledged: "250000",
        received: "100000.25",
        budgeted: "500000",
        confirmed: "0",
        pending: "0",
        queried: "7000",
        variance: "500000",
      },
    ]);
    expect(summary.staffDays).toEqual({ pledged: "10.5", received: "2.5" });
    expect(summary.inKind).toEqual({ pledges: 2, receivedInFull: 1 });
    expect(summary.awaitingConfirmation).toBe(1);
    expect(summary.lines.map((l) => [l.label, l.confirmed, l.pending, l.variance])).toEqual([
      ["Research", "100.3", "50", "899.7"],
      ["Field work", "0", "0", "500000"],
    ]);

    const list = SpendingList.parse(
      (await call(t, "GET", url("/spending?limit=2&status=confirmed"), { as })).json(),
    );
    expect(list.items).toHaveLength(2);
    expect(list.items.every((s) => s.status === "confirmed")).toBe(true);
    const page = SpendingList.parse(
      (await call(t, "GET", url("/spending?limit=3"), { as })).json(),
    );
    const rest = SpendingList.parse(
      (await call(t, "GET", url(`/spending?limit=3&cursor=${page.nextCursor}`), { as })).json(),
    );
    expect([...page.items, ...rest.items].map((s) => s.id).sort()).toHaveLength(4);
    expect(rest.nextCursor).toBeNull();
    expect(
      PledgeList.parse((await call(t, "GET", url("/pledges"), { as })).json()).items,
    ).toHaveLength(7);
  });
});
