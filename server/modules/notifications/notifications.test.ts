import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Coalition, defaultDecisionRules } from "../../../shared/coalitions.ts";
import { NotificationPage } from "../../../shared/notifications.ts";
import { Proposal } from "../../../shared/proposals.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp, TestClock } from "../../test/harness.ts";
import { addMember, call, expectProblem } from "../../test/org-helpers.ts";

const text = (en: string) => ({ original: "en", texts: { en } });
const hour = 3_600_000;

describe.each(backends)("notifications on %s", (backend) => {
  const clock = new TestClock(new Date("2026-03-02T09:00:00Z"));
  let t: TestApp;
  let convener: SignedIn;
  let partner: SignedIn;
  /** In the partner organisation, but not its representative: reads, is not notified. */
  let partnerColleague: SignedIn;
  let observer: SignedIn;
  let invitedAdmin: SignedIn;
  const org = { convener: "", partner: "", observer: "", invited: "" };
  let coalitionId: string;

  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    convener = await signedInUser(t, "convener");
    partner = await signedInUser(t, "partner");
    partnerColleague = await signedInUser(t, "partner-colleague");
    observer = await signedInUser(t, "observer");
    invitedAdmin = await signedInUser(t, "invited-admin");
    org.convener = await createOrganization(t, convener, { name: "Detention Watch" });
    org.partner = await createOrganization(t, partner, { name: "Families of the Missing" });
    await addMember(t, org.partner, partnerColleague.userId, "member");
    org.observer = await createOrganization(t, observer, { name: "Relief Agency" });
    org.invited = await createOrganization(t, invitedAdmin, { name: "Bar Association" });

    const created = await call(t, "POST", "/api/v1/coalitions", {
      as: convener,
      payload: {
        organizationId: org.convener,
        name: "Missing Persons Coalition",
        visibility: "unlisted",
        charter: {
          purpose: text("Truth for the families of the missing."),
          decisionRules: defaultDecisionRules,
          collaborationLevel: "coordination",
        },
      },
    });
    coalitionId = Coalition.parse(created.json()).id;
    for (const [id, as, role] of [
      [org.partner, partner, "member"],
      [org.observer, observer, "observer"],
    ] as const) {
      await call(t, "POST", `/api/v1/coalitions/${coalitionId}/invitations`, {
        as: convener,
        payload: { organizationId: id, role },
      });
      await call(t, "POST", `/api/v1/coalitions/${coalitionId}/members/${id}/accept`, { as });
    }
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    // Each test reads only what it caused.
    for (const who of [convener, partner, partnerColleague, observer, invitedAdmin]) {
      await call(t, "POST", "/api/v1/me/notifications/read", { as: who, payload: { all: true } });
    }
    t.mails.length = 0;
  });

  const inbox = async (as: SignedIn, query = "?unread=true") => {
    const response = await call(t, "GET", `/api/v1/me/notifications${query}`, { as });
    expect(response.statusCode, response.body).toBe(200);
    return NotificationPage.parse(response.json());
  };
  const propose = async (title: string, closesInHours = 48) => {
    const response = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/proposals`, {
      as: convener,
      payload: {
        organizationId: org.convener,
        title,
        rules: { kind: "consent" },
        closesAt: new Date(clock.now().getTime() + closesInHours * hour).toISOString(),
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return Proposal.parse(response.json());
  };

  it("tells the representatives of member organisations about a new proposal, not its author", async () => {
    const p = await propose("Joint appeal to the committee");
    const partnerInbox = await inbox(partner);
    expect(partnerInbox.unreadCount).toBe(1);
    expect(partnerInbox.items[0]).toMatchObject({
      kind: "proposal_opened",
      coalitionId,
      link: `/proposals/${p.id}`,
      data: { coalition: "Missing Persons Coalition", title: "Joint appeal to the committee" },
    });
    // Observers read and comment, so they hear of it too.
    expect((await inbox(observer)).items.map((n) => n.kind)).toEqual(["proposal_opened"]);
    expect((await inbox(convener)).items).toEqual([]);
    expect((await inbox(partnerColleague)).items).toEqual([]);
  });

  it("tells an invited organisation's owners and admins", async () => {
    const invited = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/invitations`, {
      as: convener,
      payload: { organizationId: org.invited },
    });
    expect(invited.statusCode).toBe(201);
    expect((await inbox(invitedAdmin)).items[0]).toMatchObject({
      kind: "coalition_invitation",
      link: `/coalitions/${coalitionId}`,
      data: { organization: "Bar Association" },
    });
    await call(t, "POST", `/api/v1/coalitions/${coalitionId}/members/${org.invited}/decline`, {
      as: invitedAdmin,
    });
  });

  it("reminds only organisations that have not answered, once, and emails the reminder at once", async () => {
    await call(t, "PATCH", "/api/v1/me/preferences", { as: partner, payload: { locale: "fr" } });
    const p = await propose("Statement on enforced disappearances", 12);
    const agreed = await call(t, "PUT", `/api/v1/proposals/${p.id}/stances/${org.convener}`, {
      as: convener,
      payload: { ballot: { stance: "agree" } },
    });
    expect(agreed.statusCode).toBe(200);

    await t.app.scheduler.runOnce();
    await t.app.scheduler.runOnce();
    const reminders = (await inbox(partner)).items.filter((n) => n.kind === "proposal_closing");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.data).toMatchObject({ at: p.closesAt });
    expect((await inbox(convener)).items.filter((n) => n.kind === "proposal_closing")).toEqual([]);
    // Observers have no stance, so nothing to be reminded of.
    expect((await inbox(observer)).items.filter((n) => n.kind === "proposal_closing")).toEqual([]);

    const mails = t.mails.filter((m) => m.to === partner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain("se clôt le");
    expect(mails[0]?.link).toBe(`${t.config.publicUrl}/proposals/${p.id}`);
  });

  it("tells members the result when a proposal closes, and when the outcome is recorded", async () => {
    const p = await propose("Meet the minister");
    await call(t, "POST", `/api/v1/proposals/${p.id}/close`, { as: convener });
    await call(t, "PUT", `/api/v1/proposals/${p.id}/outcome`, {
      as: convener,
      payload: { statement: text("We meet the minister in May.") },
    });
    const kinds = (await inbox(partner)).items.map((n) => [n.kind, n.data.outcome]);
    expect(kinds).toEqual([
      ["outcome_recorded", undefined],
      ["proposal_closed", "adopted"],
      ["proposal_opened", undefined],
    ]);
  });

  it("sends one digest a day of what is unread, leaving out what was read or opted out", async () => {
    await propose("Shadow report outline");
    const second = await propose("Budget for translation");
    const observerRead = (await inbox(observer)).items.find((n) => n.data.title === second.title);
    await call(t, "POST", "/api/v1/me/notifications/read", {
      as: observer,
      payload: { ids: [observerRead?.id] },
    });
    const optOut = await call(t, "PATCH", "/api/v1/me/notification-settings", {
      as: convener,
      payload: { emailDigest: false },
    });
    expect(optOut.json()).toMatchObject({ emailDigest: false });

    // Nothing is mailed until it has waited an hour unread.
    await t.services.notifications.sendDigests();
    expect(t.mails).toHaveLength(0);
    clock.advance(2 * hour);
    await t.services.notifications.sendDigests();
    const partnerDigest = t.mails.filter((m) => m.to === partner.email);
    expect(partnerDigest).toHaveLength(1);
    expect(partnerDigest[0]?.text).toContain("Shadow report outline");
    expect(partnerDigest[0]?.text).toContain("Budget for translation");
    const observerDigest = t.mails.find((m) => m.to === observer.email);
    expect(observerDigest?.text).toContain("Shadow report outline");
    expect(observerDigest?.text).not.toContain("Budget for translation");
    expect(t.mails.some((m) => m.to === convener.email)).toBe(false);

    await propose("Another one the same day");
    clock.advance(2 * hour);
    await t.services.notifications.sendDigests();
    expect(t.mails.filter((m) => m.to === partner.email)).toHaveLength(1);
    clock.advance(24 * hour);
    await t.services.notifications.sendDigests();
    const later = t.mails.filter((m) => m.to === partner.email);
    expect(later).toHaveLength(2);
    expect(later[1]?.text).toContain("Another one the same day");
    expect(later[1]?.text).not.toContain("Shadow report outline");
  });

  it("pages through notifications and marks only the reader's own as read", async () => {
    for (const title of ["One", "Two", "Three"]) await propose(title);
    const first = await inbox(partner, "?unread=true&limit=2");
    expect(first.items.map((n) => n.data.title)).toEqual(["Three", "Two"]);
    const second = await inbox(partner, `?unread=true&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((n) => n.data.title)).toEqual(["One"]);
    expect(second.nextCursor).toBeNull();

    const someoneElses = first.items[0]?.id;
    const marked = await call(t, "POST", "/api/v1/me/notifications/read", {
      as: observer,
      payload: { ids: [someoneElses] },
    });
    expect(marked.statusCode).toBe(200);
    expect((await inbox(partner)).unreadCount).toBe(3);
  });

  it("refuses anonymous readers and malformed requests", async () => {
    expectProblem(await call(t, "GET", "/api/v1/me/notifications", { as: null }), 401);
    expectProblem(
      await call(t, "POST", "/api/v1/me/notifications/read", { as: partner, payload: {} }),
      400,
    );
    expectProblem(
      await call(t, "POST", "/api/v1/me/notifications/read", {
        as: partner,
        payload: { ids: ["x"], all: true },
      }),
      400,
    );
  });

  it("tells the convener side when an organisation applies", async () => {
    const applicant = await signedInUser(t, "applicant");
    const applicantOrg = await createOrganization(t, applicant, { name: "Youth Forum" });
    const applied = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/applications`, {
      as: applicant,
      payload: { organizationId: applicantOrg },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect((await inbox(convener)).items[0]).toMatchObject({
      kind: "application_received",
      data: { organization: "Youth Forum" },
      link: `/coalitions/${coalitionId}/members`,
    });
    expect((await inbox(partner)).items).toEqual([]);
  });

  it("reminds the owner organisation of an overdue action item, once per due date", async () => {
    const due = new Date(clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    const created = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/action-items`, {
      as: convener,
      payload: { title: "Send the case list", ownerOrganizationId: org.partner, dueDate: due },
    });
    expect(created.statusCode, created.body).toBe(201);
    await t.app.scheduler.runOnce();
    expect((await inbox(partner)).items.filter((n) => n.kind === "action_item_overdue")).toEqual(
      [],
    );

    clock.advance(2 * 86_400_000);
    await t.app.scheduler.runOnce();
    await t.app.scheduler.runOnce();
    const overdue = (await inbox(partner)).items.filter((n) => n.kind === "action_item_overdue");
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.data).toMatchObject({ title: "Send the case list", date: due });
    expect((await inbox(convener)).items.filter((n) => n.kind === "action_item_overdue")).toEqual(
      [],
    );
  });

  it("tells everyone inside when a meeting is planned, with its time zone", async () => {
    const startsAt = new Date(clock.now().getTime() + 7 * 86_400_000);
    const planned = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/meetings`, {
      as: convener,
      payload: {
        title: "Quarterly meeting",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * hour).toISOString(),
        timeZone: "Africa/Dakar",
        location: "Dakar",
      },
    });
    expect(planned.statusCode, planned.body).toBe(201);
    for (const who of [partner, observer]) {
      expect((await inbox(who)).items[0]).toMatchObject({
        kind: "meeting_scheduled",
        link: `/meetings/${planned.json().id}`,
        data: { title: "Quarterly meeting", timeZone: "Africa/Dakar", at: startsAt.toISOString() },
      });
    }
  });

  it("tells an organisation's representatives when a comment mentions it", async () => {
    const opened = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/threads`, {
      as: convener,
      payload: {
        organizationId: org.convener,
        title: "Case list for the committee",
        comment: {
          text: `Could @{${org.partner}} share the case list?`,
          mentions: [org.partner],
        },
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect((await inbox(partner)).items[0]).toMatchObject({
      kind: "mentioned",
      link: `/threads/${opened.json().id}`,
      data: {
        thread: "Case list for the committee",
        organization: "Families of the Missing",
        author: "Detention Watch",
      },
    });
    expect((await inbox(observer)).items).toEqual([]);
  });
});
