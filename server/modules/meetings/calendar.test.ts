import ICAL from "ical.js";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionItem, CalendarToken } from "../../../shared/meetings.ts";
import type { SignedIn } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp, TestClock } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { coalitionWithEveryRole, parisMeeting, planMeeting } from "./meetings.fixtures.ts";

/** The feed as ical.js reads it: throws if it is not valid iCalendar. */
function parseFeed(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(response.body));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toMatch(/Common Ground/);
  const events = calendar.getAllSubcomponents("vevent").map((component) => ({
    component,
    event: new ICAL.Event(component),
  }));
  return {
    calendar,
    events,
    byUid: (uid: string) => events.find((e) => e.event.uid === uid),
  };
}

describe.each(backends)("calendar feed on %s", (backend) => {
  const clock = new TestClock(new Date("2026-03-16T12:00:00Z"));
  let t: TestApp;
  let world: Awaited<ReturnType<typeof coalitionWithEveryRole>>;
  let people: typeof world.people;
  let org: typeof world.org;
  let coalitionId: string;
  const meetingUid = (id: string) => `meeting-${id}@localhost`;
  const feedUrl = (id = coalitionId, token?: string) =>
    `/api/v1/coalitions/${id}/calendar.ics${token ? `?token=${token}` : ""}`;
  const feed = (as: SignedIn | null, id = coalitionId) => call(t, "GET", feedUrl(id), { as });

  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    world = await coalitionWithEveryRole(t);
    ({ people, org, coalitionId } = world);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is valid iCalendar with each meeting at the right instant, in winter and in summer", async () => {
    const winter = await planMeeting(t, people.convener, coalitionId, parisMeeting("2026-01-15"));
    const summer = await planMeeting(t, people.convener, coalitionId, parisMeeting("2026-07-02"));
    const { calendar, byUid } = parseFeed(await feed(people.observer));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Access Coalition");

    const w = byUid(meetingUid(winter.id));
    const s = byUid(meetingUid(summer.id));
    if (!w || !s) throw new Error("a meeting is missing from the feed");
    // 10:00 in Paris: UTC+1 in January, UTC+2 in July.
    expect(w.event.startDate.toJSDate().toISOString()).toBe("2026-01-15T09:00:00.000Z");
    expect(w.event.endDate.toJSDate().toISOString()).toBe("2026-01-15T11:00:00.000Z");
    expect(s.event.startDate.toJSDate().toISOString()).toBe("2026-07-02T08:00:00.000Z");
    expect(w.event.startDate.isDate).toBe(false);
    expect(w.event.summary).toBe("Quarterly coordination meeting");
    expect(w.event.location).toBe("Salle 3, Maison des associations");
    expect(w.event.sequence).toBe(0);
    expect(w.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(w.component.getFirstPropertyValue("url")).toBe(
      `${t.config.publicUrl}/meetings/${winter.id}`,
    );
    for (const property of ["dtstamp", "last-modified", "created"]) {
      expect(w.component.getFirstProperty(property), property).toBeTruthy();
    }
  });

  it("carries the agenda in the language it was written in", async () => {
    const m = await planMeeting(
      t,
      people.convener,
      coalitionId,
      parisMeeting("2026-07-09", {
        title: "اجتماع التنسيق",
        agenda: { original: "ar", texts: { ar: "١. الوصول الإنساني; ٢. المناصرة", en: "Access" } },
      }),
    );
    const found = parseFeed(await feed(people.partner)).byUid(meetingUid(m.id));
    expect(found?.event.summary).toBe("اجتماع التنسيق");
    expect(found?.event.description).toBe(
      "١. الوصول الإنساني; ٢. المناصرة\n\nhttps://meet.example.org/access-coalition",
    );
    const bare = await planMeeting(
      t,
      people.convener,
      coalitionId,
      parisMeeting("2026-07-10", { agenda: undefined, onlineUrl: undefined }),
    );
    const plain = parseFeed(await feed(people.partner)).byUid(meetingUid(bare.id));
    expect(plain?.component.getFirstProperty("description")).toBeNull();
  });

  it("marks a cancelled meeting CANCELLED and raises its SEQUENCE with each change", async () => {
    const m = await planMeeting(t, people.convener, coalitionId, parisMeeting("2026-07-16"));
    const change = (payload: Record<string, unknown>) =>
      call(t, "PATCH", `/api/v1/meetings/${m.id}`, { as: people.convener, payload });
    expect((await change({ title: "Moved coordination meeting" })).statusCode).toBe(200);
    clock.advance(60_000);
    expect((await change({ status: "cancelled" })).statusCode).toBe(200);
    const found = parseFeed(await feed(people.convener)).byUid(meetingUid(m.id));
    expect(found?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(found?.event.sequence).toBe(2);
    const modified = found?.component.getFirstPropertyValue("last-modified");
    expect(modified instanceof ICAL.Time ? modified.toJSDate().toISOString() : null).toBe(
      new Date(Math.floor(clock.now().getTime() / 1000) * 1000).toISOString(),
    );
  });

  it("shows open action items' due dates as all-day events, and drops them once done", async () => {
    const create = async (title: string, dueDate: string) => {
      const response = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/action-items`, {
        as: people.convener,
        payload: { title, ownerOrganizationId: org.partner, dueDate },
      });
      expect(response.statusCode, response.body).toBe(201);
      return ActionItem.parse(response.json());
    };
    const open = await create("Send the letter", "2026-03-20");
    const finished = await create("Book the room", "2026-03-18");
    const done = await call(t, "PATCH", `/api/v1/action-items/${finished.id}`, {
      as: people.partner,
      payload: { status: "done" },
    });
    expect(done.statusCode, done.body).toBe(200);

    const { byUid } = parseFeed(await feed(people.partnerColleague));
    const due = byUid(`action-item-${open.id}@localhost`);
    expect(due?.event.startDate.isDate).toBe(true);
    expect(due?.event.startDate.toString()).toBe("2026-03-20");
    expect(due?.event.endDate.toString()).toBe("2026-03-21");
    expect(due?.component.getFirstProperty("dtstart")?.toICALString()).toBe(
      "DTSTART;VALUE=DATE:20260320",
    );
    expect(due?.event.summary).toBe(`Send the letter — ${world.names.partner}`);
    expect(byUid(`action-item-${finished.id}@localhost`)).toBeUndefined();
  });

  it("shows the activities of the coalition's campaigns as all-day events from start to due date", async () => {
    const started = await call(t, "POST", "/api/v1/campaigns", {
      as: people.partner,
      payload: {
        organizationId: org.partner,
        coalitionId,
        title: { original: "en", texts: { en: "Stop the arms transfers" } },
      },
    });
    expect(started.statusCode, started.body).toBe(201);
    const activities = `/api/v1/campaigns/${started.json().id}/activities`;
    const plan = async (title: string, startsOn: string, dueOn: string) => {
      const response = await call(t, "POST", activities, {
        as: people.partner,
        payload: {
          title: { original: "fr", texts: { fr: title } },
          tactic: "litigation",
          role: "litigation",
          leadOrganizationId: org.coLead,
          startsOn,
          dueOn,
        },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const litigation = await plan("Saisir le tribunal", "2026-04-01", "2026-06-30");
    // Due more than a year before today: calendar apps already hold it.
    const old = await plan("Recherche ancienne", "2024-01-01", "2025-01-31");
    const uid = (id: string) => `campaign-activity-${id}@localhost`;

    const first = parseFeed(await feed(people.observer));
    const event = first.byUid(uid(litigation));
    expect(event?.event.startDate.isDate).toBe(true);
    expect(event?.component.getFirstProperty("dtstart")?.toICALString()).toBe(
      "DTSTART;VALUE=DATE:20260401",
    );
    // DTEND is exclusive: the day after the due date.
    expect(event?.event.endDate.toString()).toBe("2026-07-01");
    expect(event?.event.summary).toBe(`Saisir le tribunal — ${world.names.coLead}`);
    expect(event?.event.description).toBe("Stop the arms transfers");
    expect(event?.event.sequence).toBe(0);
    expect(event?.component.getFirstPropertyValue("url")).toBe(
      `${t.config.publicUrl}/campaigns/${started.json().id}/workplan`,
    );
    expect(first.byUid(uid(old))).toBeUndefined();

    // Each change raises SEQUENCE, and the UID stays: calendar apps replace the event.
    const change = (payload: Record<string, unknown>, as = people.coLead) =>
      call(t, "PATCH", `${activities}/${litigation}`, { as, payload });
    expect((await change({ dueOn: "2026-07-15" })).statusCode).toBe(200);
    expect((await change({ status: "in_progress" })).statusCode).toBe(200);
    const moved = parseFeed(await feed(people.observer)).byUid(uid(litigation));
    expect(moved?.event.endDate.toString()).toBe("2026-07-16");
    expect(moved?.event.sequence).toBe(2);
    expect(moved?.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    // A change that changes nothing is not a new version.
    expect((await change({ status: "in_progress" })).statusCode).toBe(200);
    expect(parseFeed(await feed(people.observer)).byUid(uid(litigation))?.event.sequence).toBe(2);

    expect((await change({ status: "cancelled" })).statusCode).toBe(200);
    const cancelled = parseFeed(await feed(people.observer)).byUid(uid(litigation));
    expect(cancelled?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled?.event.sequence).toBe(3);

    // Another coalition's feed does not carry them.
    const elsewhere = await coalitionWithEveryRole(t);
    const theirs = parseFeed(await feed(elsewhere.people.observer, elsewhere.coalitionId));
    expect(theirs.byUid(uid(litigation))).toBeUndefined();
  });

  it("refuses outsiders and anonymous callers with problem+json, and hides a secret coalition", async () => {
    expectProblem(await feed(people.outsider), 403);
    expectProblem(await feed(null), 401);
    expect((await feed(people.suspended)).statusCode).toBe(200);
    const secret = await coalitionWithEveryRole(t, { visibility: "secret" });
    expectProblem(await feed(people.outsider, secret.coalitionId), 404);
    expectProblem(await feed(null, secret.coalitionId), 404);
    expectProblem(await call(t, "GET", feedUrl(coalitionId, "x".repeat(201)), { as: null }), 400);
  });

  it("opens with a personal token and no cookie, only for that user's coalitions, until revoked", async () => {
    const issue = async (as: SignedIn) => {
      const response = await call(t, "POST", "/api/v1/me/calendar-token", { as });
      expect(response.statusCode, response.body).toBe(201);
      return CalendarToken.parse(response.json()).token;
    };
    const token = await issue(people.partnerColleague);
    expect(token).toMatch(/^[\w-]{43}$/);
    const calendarApp = (url: string) => t.app.inject({ method: "GET", url });

    const opened = parseFeed(await calendarApp(feedUrl(coalitionId, token)));
    expect(opened.events.length).toBeGreaterThan(0);
    // The token belongs to a user whose organisation is not in these coalitions.
    const elsewhere = await coalitionWithEveryRole(t);
    expectProblem(await calendarApp(feedUrl(elsewhere.coalitionId, token)), 403);
    const secret = await coalitionWithEveryRole(t, { visibility: "secret" });
    expectProblem(await calendarApp(feedUrl(secret.coalitionId, token)), 404);
    // It opens calendar feeds and nothing else.
    expectProblem(await calendarApp(`/api/v1/me?token=${token}`), 401);
    expectProblem(
      await calendarApp(`/api/v1/coalitions/${coalitionId}/meetings?token=${token}`),
      400,
    );
    // A wrong token is refused even alongside a valid session.
    expectProblem(
      await call(t, "GET", feedUrl(coalitionId, "not-the-token"), { as: people.partner }),
      401,
    );

    const replaced = await issue(people.partnerColleague);
    expectProblem(await calendarApp(feedUrl(coalitionId, token)), 401);
    expect((await calendarApp(feedUrl(coalitionId, replaced))).statusCode).toBe(200);

    const revoked = await call(t, "DELETE", "/api/v1/me/calendar-token", {
      as: people.partnerColleague,
    });
    expect(revoked.statusCode).toBe(204);
    expectProblem(await calendarApp(feedUrl(coalitionId, replaced)), 401);
    expectProblem(await call(t, "POST", "/api/v1/me/calendar-token", { as: null }), 401);
    expectProblem(await call(t, "DELETE", "/api/v1/me/calendar-token", { as: null }), 401);
  });

  it("stores only a hash of the token", async () => {
    const response = await call(t, "POST", "/api/v1/me/calendar-token", { as: people.observer });
    const { token } = CalendarToken.parse(response.json());
    const stored = JSON.stringify(await t.services.db.query.calendarTokens.findMany());
    expect(stored).not.toContain(token);
    expect(stored).toContain(people.observer.userId);
  });
});
