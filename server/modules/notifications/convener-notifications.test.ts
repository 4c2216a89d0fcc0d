import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Coalition, defaultDecisionRules } from "../../../shared/coalitions.ts";
import { NotificationPage } from "../../../shared/notifications.ts";
import { Proposal } from "../../../shared/proposals.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp, TestClock } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";

const text = (en: string) => ({ original: "en", texts: { en } });

/** The convener side hears when something needs them: who joins or leaves, quorum, a block. */
describe.each(backends)("notifications to the convener side on %s", (backend) => {
  const clock = new TestClock(new Date("2026-04-06T09:00:00Z"));
  let t: TestApp;
  let convener: SignedIn;
  let coLead: SignedIn;
  let partner: SignedIn;
  let newcomer: SignedIn;
  const org = { convener: "", coLead: "", partner: "", newcomer: "" };
  let coalitionId: string;

  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    convener = await signedInUser(t, "convener");
    coLead = await signedInUser(t, "co-lead");
    partner = await signedInUser(t, "partner");
    newcomer = await signedInUser(t, "newcomer");
    org.convener = await createOrganization(t, convener, { name: "Water Rights Watch" });
    org.coLead = await createOrganization(t, coLead, { name: "River Communities" });
    org.partner = await createOrganization(t, partner, { name: "Delta Lawyers" });
    org.newcomer = await createOrganization(t, newcomer, { name: "Fishers' Union" });
    const created = await call(t, "POST", "/api/v1/coalitions", {
      as: convener,
      payload: {
        organizationId: org.convener,
        name: "Delta Coalition",
        visibility: "unlisted",
        charter: {
          purpose: text("Clean water for the delta."),
          decisionRules: defaultDecisionRules,
          collaborationLevel: "coordination",
        },
      },
    });
    coalitionId = Coalition.parse(created.json()).id;
    for (const [id, as, role] of [
      [org.coLead, coLead, "co_lead"],
      [org.partner, partner, "member"],
    ] as const) {
      await call(t, "POST", `/api/v1/coalitions/${coalitionId}/invitations`, {
        as: convener,
        payload: { organizationId: id, role },
      });
      await call(t, "POST", `/api/v1/coalitions/${coalitionId}/members/${id}/accept`, {
        as,
        payload: { namedPublicly: true },
      });
    }
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    for (const who of [convener, coLead, partner, newcomer]) {
      await call(t, "POST", "/api/v1/me/notifications/read", { as: who, payload: { all: true } });
    }
  });

  const kindsFor = async (as: SignedIn) => {
    const response = await call(t, "GET", "/api/v1/me/notifications?unread=true", { as });
    return NotificationPage.parse(response.json()).items;
  };
  const step = (action: string, as: SignedIn) =>
    call(t, "POST", `/api/v1/coalitions/${coalitionId}/members/${org.newcomer}/${action}`, {
      as,
      payload: {},
    });

  it("tells the convener and co-leads when an invited organisation accepts or declines, and when a member leaves", async () => {
    const invite = () =>
      call(t, "POST", `/api/v1/coalitions/${coalitionId}/invitations`, {
        as: convener,
        payload: { organizationId: org.newcomer },
      });
    await invite();
    expect((await step("decline", newcomer)).statusCode).toBe(200);
    await invite();
    expect((await step("accept", newcomer)).statusCode).toBe(200);
    expect((await step("leave", newcomer)).statusCode).toBe(200);

    for (const who of [convener, coLead]) {
      const items = await kindsFor(who);
      expect(items.map((n) => n.kind).sort()).toEqual([
        "invitation_accepted",
        "invitation_declined",
        "member_left",
      ]);
      expect(items.every((n) => n.data.organization === "Fishers' Union")).toBe(true);
      expect(items.every((n) => n.link === `/coalitions/${coalitionId}/members`)).toBe(true);
    }
    // Other members are not asked to act, and the organisation that acted is not told of itself.
    expect(await kindsFor(partner)).toEqual([]);
    expect((await kindsFor(newcomer)).map((n) => n.kind)).not.toContain("member_left");
  });

  async function propose(rules: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const response = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/proposals`, {
      as: convener,
      payload: {
        organizationId: org.convener,
        title: "Ask the ministry for the test results",
        rules,
        closesAt: new Date(clock.now().getTime() + 86_400_000).toISOString(),
        ...extra,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return Proposal.parse(response.json());
  }
  const cast = (id: string, orgId: string, as: SignedIn, ballot: Record<string, unknown>) =>
    call(t, "PUT", `/api/v1/proposals/${id}/stances/${orgId}`, { as, payload: { ballot } });

  it("tells the convener side once when an open proposal reaches its quorum, and when it is blocked", async () => {
    // Three organisations take part; a quorum of two thirds needs two stances.
    const p = await propose({ kind: "consensus", quorum: 2 / 3 });
    await cast(p.id, org.partner, partner, { stance: "agree" });
    expect(await kindsFor(convener)).toEqual([]);
    await cast(p.id, org.coLead, coLead, { stance: "agree" });
    const reached = await kindsFor(convener);
    expect(reached.map((n) => n.kind)).toEqual(["proposal_quorum_reached"]);
    expect(reached[0]?.data).toMatchObject({ title: "Ask the ministry for the test results" });

    await cast(p.id, org.partner, partner, {
      stance: "block",
      reason: "The results name a minor.",
    });
    await cast(p.id, org.partner, partner, { stance: "agree" });
    await cast(p.id, org.coLead, coLead, { stance: "abstain" });
    const after = await kindsFor(convener);
    expect(after.map((n) => n.kind)).toEqual(["proposal_blocked", "proposal_quorum_reached"]);
    expect(after[0]?.data).toMatchObject({ organization: "Delta Lawyers" });
    expect((await kindsFor(partner)).map((n) => n.kind)).not.toContain("proposal_blocked");
  });

  it("does not name who blocked an anonymous proposal, and tells of it only once the count may show", async () => {
    const anonymous = await propose({ kind: "consensus" }, { anonymous: true });
    const blocked = async () =>
      (await kindsFor(coLead)).filter((n) => n.kind === "proposal_blocked");
    await cast(anonymous.id, org.partner, partner, { stance: "block", reason: "Too soon." });
    await cast(anonymous.id, org.coLead, coLead, { stance: "agree" });
    // Two answers: "a block" would tell each of them the other's stance.
    expect(await blocked()).toHaveLength(0);
    await cast(anonymous.id, org.convener, convener, { stance: "agree" });
    const told = await blocked();
    expect(told).toHaveLength(1);
    expect(told[0]?.data.organization).toBeUndefined();
    // From three answers on, the count shows; still nobody's stance.
    const page = await call(t, "GET", `/api/v1/proposals/${anonymous.id}`, { as: partner });
    const shown = Proposal.parse(page.json());
    expect(shown).toMatchObject({ withheld: null, stances: null, participation: 3 });
    expect(shown.result).toMatchObject({ blocks: 1 });
  });

  it("tells nothing of the count, a block or the quorum while results are hidden", async () => {
    const hidden = await propose({ kind: "consensus", quorum: 1 / 3 }, { hiddenResults: true });
    await cast(hidden.id, org.partner, partner, { stance: "block", reason: "Too soon." });
    await cast(hidden.id, org.coLead, coLead, { stance: "agree" });
    await cast(hidden.id, org.convener, convener, { stance: "agree" });
    const kinds = (await kindsFor(coLead)).map((n) => n.kind);
    expect(kinds).not.toContain("proposal_blocked");
    expect(kinds).not.toContain("proposal_quorum_reached");
  });
});
