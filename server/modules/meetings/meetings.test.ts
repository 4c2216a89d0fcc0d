import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { Meeting, MeetingList } from "../../../shared/meetings.ts";
import { Proposal } from "../../../shared/proposals.ts";
import type { SignedIn } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp, TestClock } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import {
  coalitionWithEveryRole,
  hour,
  parisMeeting,
  planMeeting,
  text,
} from "./meetings.fixtures.ts";

describe.each(backends)("meetings on %s", (backend) => {
  // Mid-March 2026: January meetings are past, July ones upcoming.
  const clock = new TestClock(new Date("2026-03-16T12:00:00Z"));
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

  const plan = (payload: Record<string, unknown>, as: SignedIn | null = people.convener) =>
    call(t, "POST", `/api/v1/coalitions/${coalitionId}/meetings`, { as, payload });
  const read = (id: string, as: SignedIn | null) =>
    call(t, "GET", `/api/v1/meetings/${id}`, { as });
  const patch = (id: string, payload: Record<string, unknown>, as = people.convener) =>
    call(t, "PATCH", `/api/v1/meetings/${id}`, { as, payload });
  const attend = (id: string, orgId: string, status: string, as: SignedIn | null) =>
    call(t, "PUT", `/api/v1/meetings/${id}/attendance/${orgId}`, { as, payload: { status } });
  const minutes = (id: string, payload: Record<string, unknown>, as = people.convener) =>
    call(t, "PUT", `/api/v1/meetings/${id}/minutes`, { as, payload });

  it("keeps the instant and the zone it was planned in: 10:00 in Paris is 09:00 UTC in winter, 08:00 in summer", async () => {
    const winter = await planMeeting(t, people.convener, coalitionId, parisMeeting("2026-01-15"));
    expect(winter).toMatchObject({
      startsAt: "2026-01-15T09:00:00.000Z",
      endsAt: "2026-01-15T11:00:00.000Z",
      timeZone: "Europe/Paris",
      startsAtLocal: "2026-01-15T10:00:00+01:00",
      status: "scheduled",
      sequence: 0,
      permissions: { manage: true },
      url: `${t.config.publicUrl}/meetings/${winter.id}`,
      organizedBy: { organizationId: org.convener, name: world.names.convener },
    });
    // The same wall-clock time given with another offset is still the same instant.
    const summer = await planMeeting(
      t,
      people.coLead,
      coalitionId,
      parisMeeting("2026-07-02", {
        startsAt: "2026-07-02T08:00:00Z",
        endsAt: "2026-07-02T10:00:00Z",
        timeZone: "europe/paris",
      }),
    );
    expect(summer).toMatchObject({
      startsAt: "2026-07-02T08:00:00.000Z",
      timeZone: "Europe/Paris",
      startsAtLocal: "2026-07-02T10:00:00+02:00",
      endsAtLocal: "2026-07-02T12:00:00+02:00",
      organizedBy: { organizationId: org.coLead },
    });
    const beirut = await planMeeting(
      t,
      people.convener,
      coalitionId,
      parisMeeting("2026-07-02", { timeZone: "Asia/Beirut", location: undefined }),
    );
    expect(beirut).toMatchObject({ startsAtLocal: "2026-07-02T11:00:00+03:00", location: null });
  });

  it("refuses a zone that is not IANA, an end before the start, no place at all and a non-web link", async () => {
    const bad = [
      { timeZone: "+01:00" },
      { timeZone: "Mars/Olympus_Mons" },
      { timeZone: "" },
      { endsAt: "2026-01-15T08:00:00+01:00" },
      { endsAt: "2026-02-15T08:00:00+01:00" },
      { startsAt: "15/01/2026 10:00" },
      { startsAt: "2026-01-15T10:00:00" },
      { location: undefined, onlineUrl: undefined },
      { onlineUrl: "javascript:alert(1)" },
      { onlineUrl: "file:///etc/passwd" },
      { agenda: { original: "fr", texts: { en: "No French text" } } },
      { title: "x".repeat(201) },
    ];
    for (const overrides of bad) {
      const refused = expectProblem(await plan(parisMeeting("2026-01-15", overrides)), 400);
      expect(refused.errors?.length, JSON.stringify(overrides)).toBeGreaterThan(0);
    }
    const list = MeetingList.parse(
      (
        await call(t, "GET", `/api/v1/coalitions/${coalitionId}/meetings`, { as: people.convener })
      ).json(),
    );
    expect(list.items.every((m) => m.timeZone !== "+01:00")).toBe(true);
  });

  it("lets only representatives of the convener and co-leads plan a meeting", async () => {
    const payload = parisMeeting("2026-07-09");
    for (const who of [
      "partner",
      "partnerColleague",
      "observer",
      "suspended",
      "outsider",
    ] as const) {
      expectProblem(await plan(payload, people[who]), 403);
    }
    expectProblem(await plan(payload, null), 401);
    expect((await plan(payload, people.coLead)).statusCode).toBe(201);
  });

  it("is read by every organisation inside, observers and suspended members too, and no one else", async () => {
    const m = await planMeeting(t, people.convener, coalitionId, parisMeeting("2026-07-16"));
    for (const who of ["partner", "partnerColleague", "observer", "suspended", "coLead"] as const) {
      const response = await read(m.id, people[who]);
      expect(response.statusCode, who).toBe(200);
      expect(Meeting.parse(response.json()).permissions.manage, who).toBe(who === "coLead");
    }
    // To anyone not inside, the meeting does not exist: the same answer as an unknown id.
    const unknown = expectProblem(await read("01900000-0000-7000-8000-000000000000", null), 404);
    for (const stranger of [people.outsider, null]) {
      const refused = expectProblem(await read(m.id, stranger), 404);
      expect({ ...refused, instance: "" }).toEqual({ ...unknown, instance: "" });
    }
    const listUrl = `/api/v1/coalitions/${coalitionId}/meetings`;
    expectProblem(await call(t, "GET", listUrl, { as: people.outsider }), 403);
    expectProblem(await call(t, "GET", listUrl, { as: null }), 401);
    expectProblem(await read("01900000-0000-7000-8000-000000000000", people.partner), 404);
  });

  it("lists upcoming meetings soonest first and past ones latest first, page by page", async () => {
    const list = async (query: string) => {
      const response = await call(t, "GET", `/api/v1/coalitions/${coalitionId}/meetings?${query}`, {
        as: people.observer,
      });
      expect(response.statusCode, response.body).toBe(200);
      return MeetingList.parse(response.json());
    };
    const upcoming = await list("when=upcoming");
    const starts = upcoming.items.map((m) => m.startsAt);
    expect(starts.length).toBeGreaterThan(1);
    expect(starts).toEqual([...starts].sort());
    expect(starts.every((s) => s > clock.now().toISOString())).toBe(true);
    const past = await list("when=past");
    expect(past.items.map((m) => m.startsAt)).toEqual(["2026-01-15T09:00:00.000Z"]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const pageOf: z.infer<typeof MeetingList> = await list(
        `limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...pageOf.items.map((m) => m.id));
      cursor = pageOf.nextCursor;
    } while (cursor);
    const all = await list("limit=100");
    expect(seen).toEqual(all.items.map((m) => m.id));

    const forged = Buffer.from(JSON.stringify({ k: "'; drop table meetings", id: "x" })).toString(
      "base64url",
    );
    for (const bad of ["not-a-cursor", forged]) {
      const refused = expectProblem(
        await call(t, "GET", `/api/v1/coalitions/${coalitionId}/meetings?cursor=${bad}`, {
          as: people.observer,
        }),
        422,
      );
      expect(refused.errors).toEqual([
        { field: "querystring.cursor", message: expect.any(String) },
      ]);
    }
    expectProblem(
      await call(t, "GET", `/api/v1/coalitions/${coalitionId}/meetings?when=soon`, {
        as: people.observer,
      }),
      400,
    );
  });

  it("changes, cancels and reinstates a meeting, raising its sequence on each real change", async () => {
    const m = await planMeeting(t, people.convener, coalitionId, parisMeeting("2026-07-23"));
    const renamed = Meeting.parse((await patch(m.id, { title: "Coordination, moved" })).json());
    expect(renamed).toMatchObject({ title: "Coordination, moved", sequence: 1 });
    // Saving what is already there changes nothing, so calendars are not told it changed.
    const same = Meeting.parse((await patch(m.id, { title: "Coordination, moved" })).json());
    expect(same.sequence).toBe(1);

    const cancelled = Meeting.parse(
      (await patch(m.id, { status: "cancelled" }, people.coLead)).json(),
    );
    expect(cancelled).toMatchObject({ status: "cancelled", sequence: 2 });
    const moved = Meeting.parse(
      (
        await patch(m.id, {
          status: "scheduled",
          startsAt: "2026-07-24T10:00:00+02:00",
          endsAt: "2026-07-24T11:30:00+02:00",
          location: null,
        })
      ).json(),
    );
    expect(moved).toMatchObject({
      status: "scheduled",
      sequence: 3,
      startsAt: "2026-07-24T08:00:00.000Z",
      location: null,
      onlineUrl: "https://meet.example.org/access-coalition",
    });

    const endsBeforeStart = expectProblem(
      await patch(m.id, { endsAt: "2026-07-24T09:00:00+02:00" }),
      422,
    );
    expect(endsBeforeStart.errors).toEqual([{ field: "body.endsAt", message: expect.any(String) }]);
    expectProblem(await patch(m.id, { onlineUrl: null }), 422);
    expectProblem(await patch(m.id, {}), 400);
    expectProblem(await patch(m.id, { sequence: 9 }), 400);
    expectProblem(await patch(m.id, { title: "Mine now" }, people.partner), 403);
    expectProblem(await patch(m.id, { title: "Mine now" }, people.observer), 403);
    expectProblem(await patch(m.id, { title: "Mine now" }, people.outsider), 404);
    expect(Meeting.parse((await read(m.id, people.partner)).json()).sequence).toBe(3);
  });

  it("records attendance per organisation: its own representatives, or the convening side for any member", async () => {
    // Started an hour ago.
    const start = new Date(clock.now().getTime() - hour);
    const m = await planMeeting(t, people.convener, coalitionId, {
      ...parisMeeting("2026-03-16"),
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * hour).toISOString(),
    });
    expect((await attend(m.id, org.partner, "present", people.partner)).statusCode).toBe(200);
    expect((await attend(m.id, org.observer, "present", people.observer)).statusCode).toBe(200);
    expect((await attend(m.id, org.suspended, "absent", people.coLead)).statusCode).toBe(200);

    // A colleague who is not a representative reads but does not record.
    expectProblem(await attend(m.id, org.partner, "absent", people.partnerColleague), 403);
    expectProblem(await attend(m.id, org.observer, "absent", people.partner), 403);
    // A suspended member does not act in the coalition, even for itself.
    expectProblem(await attend(m.id, org.suspended, "present", people.suspended), 403);
    expectProblem(await attend(m.id, org.partner, "absent", people.outsider), 404);
    expectProblem(await attend(m.id, org.partner, "absent", null), 401);
    expectProblem(await attend(m.id, org.outsider, "present", people.convener), 404);
    expectProblem(await attend(m.id, org.partner, "late", people.partner), 400);

    const after = Meeting.parse((await read(m.id, people.partnerColleague)).json());
    const line = (orgId: string) => after.attendance.find((a) => a.organizationId === orgId);
    expect(line(org.partner)).toMatchObject({
      status: "present",
      recordedBy: { userId: people.partner.userId },
      recordedFor: org.partner,
    });
    expect(line(org.suspended)).toMatchObject({
      status: "absent",
      recordedBy: { userId: people.coLead.userId },
      recordedFor: org.coLead,
    });
    expect(line(org.convener)).toMatchObject({ status: null, recordedBy: null });
    expect(line(org.outsider)).toBeUndefined();
    expect(after.attendance).toHaveLength(5);
  });

  it("takes apologies before a meeting, presence only once it starts, and nothing for a cancelled one", async () => {
    const m = await planMeeting(t, people.convener, coalitionId, parisMeeting("2026-07-30"));
    expect((await attend(m.id, org.partner, "apologies", people.partner)).statusCode).toBe(200);
    expectProblem(await attend(m.id, org.partner, "present", people.partner), 409);
    await patch(m.id, { status: "cancelled" });
    expectProblem(await attend(m.id, org.partner, "apologies", people.partner), 409);
  });

  it("writes minutes and decisions, linking only proposals of the same coalition", async () => {
    const start = new Date(clock.now().getTime() - 3 * hour);
    const m = await planMeeting(t, people.convener, coalitionId, {
      ...parisMeeting("2026-03-16"),
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + hour).toISOString(),
    });
    const propose = async (coalition: string, as: SignedIn, orgId: string) => {
      const response = await call(t, "POST", `/api/v1/coalitions/${coalition}/proposals`, {
        as,
        payload: {
          organizationId: orgId,
          title: "Joint letter on access",
          rules: { kind: "consent" },
          closesAt: new Date(clock.now().getTime() + 24 * hour).toISOString(),
        },
      });
      expect(response.statusCode, response.body).toBe(201);
      return Proposal.parse(response.json()).id;
    };
    const ours = await propose(coalitionId, people.convener, org.convener);
    const elsewhere = await coalitionWithEveryRole(t);
    const theirs = await propose(
      elsewhere.coalitionId,
      elsewhere.people.convener,
      elsewhere.org.convener,
    );

    const body = {
      minutes: {
        original: "ar",
        texts: { ar: "ناقش الأعضاء الوصول الإنساني.", en: "Members discussed access." },
      },
      decisions: [
        { text: text("Send the joint letter."), proposalId: ours },
        { text: { original: "es", texts: { es: "Reunirse de nuevo en abril." } } },
      ],
    };
    const stranger = expectProblem(
      await minutes(m.id, { ...body, decisions: [{ text: text("Theirs"), proposalId: theirs }] }),
      422,
    );
    expect(stranger.errors).toEqual([
      { field: "body.decisions.0.proposalId", message: expect.any(String) },
    ]);
    expectProblem(await minutes(m.id, body, people.partner), 403);
    expectProblem(await minutes(m.id, body, people.observer), 403);
    expectProblem(await minutes(m.id, body, people.outsider), 404);
    expectProblem(await minutes(m.id, { decisions: [] }), 400);

    const written = await minutes(m.id, body, people.coLead);
    expect(written.statusCode, written.body).toBe(200);
    expect(Meeting.parse((await read(m.id, people.observer)).json())).toMatchObject({
      minutes: body.minutes,
      decisions: [
        { text: text("Send the joint letter."), proposalId: ours },
        { text: { original: "es" }, proposalId: null },
      ],
      minutesRecordedBy: { userId: people.coLead.userId },
      sequence: 0,
    });

    const future = await planMeeting(t, people.convener, coalitionId, parisMeeting("2026-08-06"));
    expectProblem(await minutes(future.id, body), 409);
  });

  it("keeps a secret coalition's meetings hidden: outsiders and anonymous callers get 404", async () => {
    const secret = await coalitionWithEveryRole(t, { visibility: "secret" });
    const m = await planMeeting(
      t,
      secret.people.convener,
      secret.coalitionId,
      parisMeeting("2026-07-02"),
    );
    expectProblem(await read(m.id, secret.people.outsider), 404);
    expectProblem(await read(m.id, null), 404);
    const listUrl = `/api/v1/coalitions/${secret.coalitionId}/meetings`;
    expectProblem(await call(t, "GET", listUrl, { as: secret.people.outsider }), 404);
    expectProblem(
      await call(t, "POST", listUrl, {
        as: secret.people.outsider,
        payload: parisMeeting("2026-07-03"),
      }),
      404,
    );
    expect((await read(m.id, secret.people.observer)).statusCode).toBe(200);
  });
});
