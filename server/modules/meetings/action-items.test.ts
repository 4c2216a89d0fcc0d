import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { ActionItem, ActionItemList } from "../../../shared/meetings.ts";
import type { SignedIn } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp, TestClock } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import {
  coalitionWithEveryRole,
  dayFrom,
  hour,
  parisMeeting,
  planMeeting,
} from "./meetings.fixtures.ts";

describe.each(backends)("action items on %s", (backend) => {
  // Late in the UTC day, so "today" differs from the date in zones east of Greenwich.
  const clock = new TestClock(new Date("2026-05-10T22:30:00Z"));
  let t: TestApp;
  let world: Awaited<ReturnType<typeof coalitionWithEveryRole>>;
  let people: typeof world.people;
  let org: typeof world.org;
  let coalitionId: string;

  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    world = await coalitionWithEveryRole(t);
    ({ people, org, coalitionId } = world);
  });
  afterAll(async () => {
    await t?.close();
  });

  const itemsUrl = () => `/api/v1/coalitions/${coalitionId}/action-items`;
  const create = (payload: Record<string, unknown>, as: SignedIn | null = people.convener) =>
    call(t, "POST", itemsUrl(), { as, payload });
  const createItem = async (payload: Record<string, unknown>) => {
    const response = await create({
      title: "Draft the joint letter",
      ownerOrganizationId: org.partner,
      dueDate: dayFrom(clock.now(), 7),
      ...payload,
    });
    expect(response.statusCode, response.body).toBe(201);
    return ActionItem.parse(response.json());
  };
  const update = (id: string, payload: Record<string, unknown>, as: SignedIn | null) =>
    call(t, "PATCH", `/api/v1/action-items/${id}`, { as, payload });
  const list = async (query = "", as: SignedIn = people.observer) => {
    const response = await call(t, "GET", `${itemsUrl()}?${query}`, { as });
    expect(response.statusCode, response.body).toBe(200);
    return ActionItemList.parse(response.json());
  };

  it("is created by the convening side for an active member organisation, from a meeting or not", async () => {
    const meeting = await planMeeting(t, people.convener, coalitionId, parisMeeting("2026-05-04"));
    const item = await createItem({ meetingId: meeting.id });
    expect(item).toMatchObject({
      status: "open",
      overdue: false,
      meetingId: meeting.id,
      owner: { organizationId: org.partner, name: world.names.partner },
      createdBy: { userId: people.convener.userId },
      history: [{ from: null, to: "open", changedFor: org.convener }],
    });
    // Observers are active members: they may own a task though they have no stance.
    expect((await createItem({ ownerOrganizationId: org.observer })).owner.organizationId).toBe(
      org.observer,
    );
    const fromMeeting = await call(t, "GET", `/api/v1/meetings/${meeting.id}`, {
      as: people.partner,
    });
    expect(fromMeeting.json().actionItems).toMatchObject([{ id: item.id }]);

    const payload = {
      title: "Draft the joint letter",
      ownerOrganizationId: org.partner,
      dueDate: "2026-06-01",
    };
    for (const who of [
      "partner",
      "partnerColleague",
      "observer",
      "suspended",
      "outsider",
    ] as const) {
      expectProblem(await create(payload, people[who]), 403);
    }
    expectProblem(await create(payload, null), 401);
    expect((await create(payload, people.coLead)).statusCode).toBe(201);
  });

  it("refuses an owner that is not an active member, a meeting of another coalition and a bad date", async () => {
    const base = {
      title: "Brief the donors",
      ownerOrganizationId: org.partner,
      dueDate: "2026-06-01",
    };
    for (const owner of [org.suspended, org.outsider]) {
      const refused = expectProblem(await create({ ...base, ownerOrganizationId: owner }), 422);
      expect(refused.errors).toEqual([
        { field: "body.ownerOrganizationId", message: expect.any(String) },
      ]);
    }
    const elsewhere = await coalitionWithEveryRole(t);
    const theirs = await planMeeting(
      t,
      elsewhere.people.convener,
      elsewhere.coalitionId,
      parisMeeting("2026-05-04"),
    );
    const stranger = expectProblem(await create({ ...base, meetingId: theirs.id }), 422);
    expect(stranger.errors).toEqual([{ field: "body.meetingId", message: expect.any(String) }]);
    for (const dueDate of ["2026-02-30", "01/06/2026", "2026-06-01T00:00:00Z"]) {
      expectProblem(await create({ ...base, dueDate }), 400);
    }
    expectProblem(await create({ ...base, status: "done" }), 400);
  });

  it("lets the owner's representatives move the status, the convening side edit it, and keeps who did what", async () => {
    const item = await createItem({});
    const started = await update(item.id, { status: "in_progress" }, people.partner);
    expect(started.statusCode, started.body).toBe(200);

    expectProblem(await update(item.id, { status: "done" }, people.partnerColleague), 403);
    expectProblem(await update(item.id, { status: "done" }, people.observer), 403);
    expectProblem(await update(item.id, { status: "done" }, people.outsider), 404);
    expectProblem(await update(item.id, { status: "done" }, null), 401);
    // The owner moves the status only; the due date is the convening side's to set.
    expectProblem(await update(item.id, { dueDate: "2027-01-01" }, people.partner), 403);
    expectProblem(
      await update(item.id, { status: "done", title: "Done, renamed" }, people.partner),
      403,
    );

    const edited = await update(
      item.id,
      {
        title: "Draft and send the joint letter",
        dueDate: "2026-05-20",
        ownerOrganizationId: org.coLead,
      },
      people.convener,
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expectProblem(
      await update(item.id, { ownerOrganizationId: org.suspended }, people.convener),
      422,
    );
    // The partner no longer owns it.
    expectProblem(await update(item.id, { status: "done" }, people.partner), 403);
    const done = ActionItem.parse(
      (await update(item.id, { status: "done" }, people.coLead)).json(),
    );
    expect(done).toMatchObject({
      title: "Draft and send the joint letter",
      dueDate: "2026-05-20",
      owner: { organizationId: org.coLead },
      status: "done",
    });
    expect(done.history.map((h) => [h.from, h.to, h.changedBy?.userId, h.changedFor])).toEqual([
      [null, "open", people.convener.userId, org.convener],
      ["open", "in_progress", people.partner.userId, org.partner],
      ["in_progress", "done", people.coLead.userId, org.coLead],
    ]);
    const read = await call(t, "GET", `/api/v1/action-items/${item.id}`, { as: people.observer });
    expect(ActionItem.parse(read.json()).history).toHaveLength(3);
    expectProblem(
      await call(t, "GET", `/api/v1/action-items/${item.id}`, { as: people.outsider }),
      404,
    );
    expectProblem(await update(item.id, {}, people.convener), 400);
  });

  it("keeps a consistent history when two representatives change the status at once", async () => {
    const item = await createItem({});
    const answers = await Promise.all([
      update(item.id, { status: "in_progress" }, people.partner),
      update(item.id, { status: "done" }, people.convener),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    const after = ActionItem.parse(
      (await call(t, "GET", `/api/v1/action-items/${item.id}`, { as: people.partner })).json(),
    );
    expect(after.history).toHaveLength(3);
    after.history.slice(1).forEach((change, i) => {
      expect(change.from).toBe(after.history[i]?.to);
    });
    expect(after.status).toBe(after.history.at(-1)?.to);
  });

  it("is overdue once its due date has passed in UTC, unless done or cancelled", async () => {
    // Fresh coalition, so only this test's items are counted.
    ({ people, org, coalitionId } = world = await coalitionWithEveryRole(t));
    const today = dayFrom(clock.now(), 0);
    expect(today).toBe("2026-05-10");
    const dueToday = await createItem({ title: "Due today", dueDate: today });
    const dueYesterday = await createItem({
      title: "Due yesterday",
      dueDate: dayFrom(clock.now(), -1),
    });
    const doneLate = await createItem({ title: "Done late", dueDate: dayFrom(clock.now(), -3) });
    await update(doneLate.id, { status: "done" }, people.partner);
    const cancelledLate = await createItem({
      title: "Cancelled",
      dueDate: dayFrom(clock.now(), -3),
      ownerOrganizationId: org.coLead,
    });
    await update(cancelledLate.id, { status: "cancelled" }, people.convener);

    const overdue = (items: { title: string; overdue: boolean }[]) =>
      items.filter((i) => i.overdue).map((i) => i.title);
    expect(overdue((await list()).items)).toEqual(["Due yesterday"]);
    expect((await list("overdue=true")).items.map((i) => i.id)).toEqual([dueYesterday.id]);
    expect((await list("overdue=false")).items.map((i) => i.title)).toEqual([
      "Done late",
      "Cancelled",
      "Due today",
    ]);
    expect((await list("status=done")).items.map((i) => i.id)).toEqual([doneLate.id]);
    expect((await list(`ownerOrganizationId=${org.coLead}`)).items.map((i) => i.id)).toEqual([
      cancelledLate.id,
    ]);
    expect((await list(`status=open&ownerOrganizationId=${org.partner}`)).items).toHaveLength(2);

    // Two hours on it is the 11th in UTC: what was due today is now late.
    clock.advance(2 * hour);
    expect(overdue((await list()).items)).toEqual(["Due yesterday", "Due today"]);
    const told: { actionItemId: string; ownerOrganizationId: string; dueDate: string }[] = [];
    t.services.events.on("actionItem.overdue", async (_tx, e) => {
      if (e.coalitionId === coalitionId) told.push(e);
    });
    await t.services.actionItems.remindOverdue();
    expect(told.map((i) => [i.actionItemId, i.ownerOrganizationId])).toEqual([
      [dueYesterday.id, org.partner],
      [dueToday.id, org.partner],
    ]);
    expect(told.every((i) => i.dueDate < "2026-05-11")).toBe(true);
    clock.advance(-2 * hour);
  });

  it("pages through the list and refuses a bad filter or cursor", async () => {
    for (const n of [1, 2, 3])
      await createItem({ title: `Item ${n}`, dueDate: dayFrom(clock.now(), n) });
    const all = await list("limit=100");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: z.infer<typeof ActionItemList> = await list(
        `limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => i.id));
    const due = all.items.map((i) => i.dueDate);
    expect(due).toEqual([...due].sort());

    for (const query of [
      "status=late",
      "overdue=yes",
      "ownerOrganizationId=nope",
      "limit=0",
      "colour=red",
    ]) {
      expectProblem(await call(t, "GET", `${itemsUrl()}?${query}`, { as: people.observer }), 400);
    }
    const forged = Buffer.from(JSON.stringify({ k: "2026-13-45", id: all.items[0]?.id })).toString(
      "base64url",
    );
    expectProblem(
      await call(t, "GET", `${itemsUrl()}?cursor=${forged}`, { as: people.observer }),
      422,
    );
  });

  it("is read by organisations inside only; a secret coalition is a 404 to outsiders", async () => {
    expectProblem(await call(t, "GET", itemsUrl(), { as: people.outsider }), 403);
    expectProblem(await call(t, "GET", itemsUrl(), { as: null }), 401);
    expect((await call(t, "GET", itemsUrl(), { as: people.suspended })).statusCode).toBe(200);
    expect((await call(t, "GET", itemsUrl(), { as: people.partnerColleague })).statusCode).toBe(
      200,
    );

    const secret = await coalitionWithEveryRole(t, { visibility: "secret" });
    const url = `/api/v1/coalitions/${secret.coalitionId}/action-items`;
    const made = await call(t, "POST", url, {
      as: secret.people.convener,
      payload: {
        title: "Quiet task",
        ownerOrganizationId: secret.org.partner,
        dueDate: "2026-06-01",
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = ActionItem.parse(made.json()).id;
    expectProblem(await call(t, "GET", url, { as: secret.people.outsider }), 404);
    expectProblem(await call(t, "GET", `/api/v1/action-items/${id}`, { as: null }), 404);
    expectProblem(await update(id, { status: "done" }, secret.people.outsider), 404);
  });
});
