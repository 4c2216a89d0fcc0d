import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coalition, defaultDecisionRules } from "../../../shared/coalitions.ts";
import { Proposal } from "../../../shared/proposals.ts";
import { rowsOf } from "../../db/client.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp, TestClock } from "../../test/harness.ts";
import { addMember, call, expectProblem } from "../../test/org-helpers.ts";

const text = (en: string) => ({ original: "en", texts: { en } });
const charter = {
  purpose: text("Stop arms transfers to parties committing abuses."),
  decisionRules: defaultDecisionRules,
  collaborationLevel: "coordination" as const,
};
const hour = 3_600_000;

describe.each(backends)("proposals on %s", (backend) => {
  const clock = new TestClock(new Date());
  let t: TestApp;
  let convener: SignedIn;
  let partner: SignedIn;
  /** In the partner organisation, but not one of its representatives in the coalition. */
  let partnerColleague: SignedIn;
  let observer: SignedIn;
  let suspended: SignedIn;
  let outsider: SignedIn;
  const org: Record<"convener" | "partner" | "observer" | "suspended", string> = {
    convener: "",
    partner: "",
    observer: "",
    suspended: "",
  };
  let coalitionId: string;

  const inFuture = (hours = 24) => new Date(clock.now().getTime() + hours * hour).toISOString();

  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    convener = await signedInUser(t, "convener");
    partner = await signedInUser(t, "partner");
    partnerColleague = await signedInUser(t, "partner-colleague");
    observer = await signedInUser(t, "observer");
    suspended = await signedInUser(t, "suspended");
    outsider = await signedInUser(t, "outsider");
    org.convener = await createOrganization(t, convener, { name: "Arms Monitor" });
    org.partner = await createOrganization(t, partner, { name: "Faith Peace Network" });
    await addMember(t, org.partner, partnerColleague.userId, "member");
    org.observer = await createOrganization(t, observer, { name: "UN Liaison Office" });
    org.suspended = await createOrganization(t, suspended, { name: "Dormant Group" });
    await createOrganization(t, outsider, { name: "Elsewhere" });

    const created = await call(t, "POST", "/api/v1/coalitions", {
      as: convener,
      payload: {
        organizationId: org.convener,
        name: "Arms Coalition",
        visibility: "public",
        charter,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    coalitionId = Coalition.parse(created.json()).id;
    const join = async (orgId: string, as: SignedIn, role = "member") => {
      const invited = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/invitations`, {
        as: convener,
        payload: { organizationId: orgId, role },
      });
      expect(invited.statusCode, invited.body).toBe(201);
      const accepted = await call(
        t,
        "POST",
        `/api/v1/coalitions/${coalitionId}/members/${orgId}/accept`,
        { as },
      );
      expect(accepted.statusCode, accepted.body).toBe(200);
    };
    await join(org.partner, partner);
    await join(org.observer, observer, "observer");
    await join(org.suspended, suspended);
    const suspend = await call(
      t,
      "POST",
      `/api/v1/coalitions/${coalitionId}/members/${org.suspended}/suspend`,
      {
        as: convener,
      },
    );
    expect(suspend.statusCode, suspend.body).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function propose(payload: Record<string, unknown>, as = convener, forOrg = org.convener) {
    const response = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/proposals`, {
      as,
      payload: {
        organizationId: forOrg,
        title: "Joint letter to the ministry",
        closesAt: inFuture(),
        ...payload,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return Proposal.parse(response.json());
  }
  const cast = (id: string, orgId: string, ballot: unknown, as: SignedIn) =>
    call(t, "PUT", `/api/v1/proposals/${id}/stances/${orgId}`, { as, payload: { ballot } });
  const read = async (id: string, as: SignedIn = convener) => {
    const response = await call(t, "GET", `/api/v1/proposals/${id}`, { as });
    expect(response.statusCode, response.body).toBe(200);
    return Proposal.parse(response.json());
  };
  const close = (id: string, as = convener) =>
    call(t, "POST", `/api/v1/proposals/${id}/close`, { as });

  it("counts one voice per active member organisation, observers and suspended members aside", async () => {
    const p = await propose({ rules: { kind: "consent" } });
    expect(p).toMatchObject({ status: "open", eligible: 2, participation: 0 });
    expect(p.result).toMatchObject({ kind: "consent", outcome: "adopted" });
  });

  it("runs consent: an objection needs a reason, stands until withdrawn, and history is kept", async () => {
    const p = await propose({ rules: { kind: "consent", quorum: 1 } });
    const noReason = await cast(p.id, org.convener, { stance: "object" }, convener);
    expectProblem(noReason, 422);
    expect(noReason.json().errors).toContainEqual(
      expect.objectContaining({ field: "body.ballot.reason" }),
    );

    expect((await cast(p.id, org.partner, { stance: "agree" }, partner)).statusCode).toBe(200);
    const objected = await cast(
      p.id,
      org.convener,
      { stance: "object", reason: "Wrong ministry." },
      convener,
    );
    expect(Proposal.parse(objected.json()).result).toMatchObject({
      outcome: "rejected",
      objections: 1,
    });

    const withdrawn = await cast(p.id, org.convener, { stance: "agree" }, convener);
    expect(Proposal.parse(withdrawn.json()).result).toMatchObject({
      outcome: "adopted",
      participation: 2,
    });
    const history = rowsOf<{ n: number }>(
      await t.services.db.execute(
        sql`select count(*)::int as n from proposal_stance_history where proposal_id = ${p.id} and organization_id = ${org.convener}`,
      ),
    );
    expect(history[0]?.n).toBe(2);

    const closed = Proposal.parse((await close(p.id)).json());
    expect(closed).toMatchObject({
      status: "closed",
      result: { outcome: "adopted", quorumMet: true },
    });
    expectProblem(
      await cast(p.id, org.partner, { stance: "object", reason: "Too late" }, partner),
      409,
    );
    expectProblem(await close(p.id), 409);
  });

  it("refuses stances from observers, suspended members, non-representatives and outsiders", async () => {
    const p = await propose({ rules: { kind: "majority" } });
    expectProblem(await cast(p.id, org.observer, { stance: "yes" }, observer), 403);
    expectProblem(await cast(p.id, org.suspended, { stance: "yes" }, suspended), 403);
    expectProblem(await cast(p.id, org.partner, { stance: "yes" }, partnerColleague), 403);
    expectProblem(await cast(p.id, org.partner, { stance: "yes" }, outsider), 404);
    expectProblem(await cast(p.id, org.partner, { stance: "agree" }, partner), 422);
    expect((await read(p.id)).participation).toBe(0);
    // The partner's colleague reads, as any user of a member organisation does.
    expect((await read(p.id, partnerColleague)).id).toBe(p.id);
    expectProblem(await call(t, "GET", `/api/v1/proposals/${p.id}`, { as: outsider }), 404);
  });

  it("keeps one stance when two representatives cast at once", async () => {
    const reps = await call(
      t,
      "PUT",
      `/api/v1/coalitions/${coalitionId}/members/${org.partner}/representatives`,
      {
        as: partner,
        payload: { userIds: [partner.userId, partnerColleague.userId] },
      },
    );
    expect(reps.statusCode, reps.body).toBe(200);
    const p = await propose({ rules: { kind: "majority" } });
    const answers = await Promise.all([
      cast(p.id, org.partner, { stance: "yes" }, partner),
      cast(p.id, org.partner, { stance: "no" }, partnerColleague),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    const after = await read(p.id);
    expect(after.participation).toBe(1);
    expect(after.stances).toHaveLength(1);
  });

  it("hides tallies until closing when asked, but shows an organisation its own stance", async () => {
    const p = await propose({ rules: { kind: "majority" }, hiddenResults: true });
    await cast(p.id, org.partner, { stance: "yes" }, partner);
    const open = await read(p.id, partner);
    // Not even how many answered: its movement would tell who has just taken a stance.
    expect(open).toMatchObject({
      result: null,
      stances: null,
      participation: null,
      withheld: "until_close",
    });
    expect(open.myStances).toEqual([{ organizationId: org.partner, ballot: { stance: "yes" } }]);
    expect((await read(p.id, convener)).myStances).toEqual([]);
    await close(p.id);
    const closed = await read(p.id, partner);
    expect(closed.result).toMatchObject({ outcome: "adopted", tallies: { yes: 1, no: 0 } });
    expect(closed).toMatchObject({ participation: 1, withheld: null });
  });

  it("in anonymous mode never shows who took which stance, nor a count too small to hide anyone", async () => {
    const p = await propose({ rules: { kind: "majority" }, anonymous: true });
    await cast(p.id, org.partner, { stance: "no" }, partner);
    await cast(p.id, org.convener, { stance: "yes" }, convener);
    // With two answers, each could take its own away and read the other's.
    const open = await read(p.id, convener);
    expect(open).toMatchObject({
      stances: null,
      participants: null,
      result: null,
      participation: 2,
      withheld: "until_enough",
    });
    expect(open.myStances).toEqual([{ organizationId: org.convener, ballot: { stance: "yes" } }]);
    await close(p.id);
    const closed = await read(p.id, partner);
    expect(closed.stances).toBeNull();
    expect(closed.result).toMatchObject({ tallies: { yes: 1, no: 1 } });
    expect(closed.participants?.map((x) => x.name).sort()).toEqual([
      "Arms Monitor",
      "Faith Peace Network",
    ]);
  });

  it("closes at the deadline with nobody online, and when a reader arrives late", async () => {
    const byTimer = await propose({
      rules: { kind: "majority", quorum: 0.5 },
      closesAt: inFuture(1),
    });
    const bySight = await propose({ rules: { kind: "sense_check" }, closesAt: inFuture(1) });
    await cast(byTimer.id, org.partner, { stance: "yes" }, partner);
    expectProblem(
      await call(t, "POST", `/api/v1/coalitions/${coalitionId}/proposals`, {
        as: convener,
        payload: {
          organizationId: org.convener,
          title: "Too late",
          rules: { kind: "consent" },
          closesAt: inFuture(-1),
        },
      }),
      422,
    );
    clock.advance(2 * hour);
    expect(await t.services.proposals.closeDue()).toBeGreaterThanOrEqual(1);
    expect(await read(byTimer.id)).toMatchObject({
      status: "closed",
      result: { outcome: "adopted", participation: 1, quorumMet: true },
    });
    const late = await read(bySight.id);
    expect(late).toMatchObject({ status: "closed", result: { outcome: "no_outcome" } });
    expectProblem(await cast(byTimer.id, org.convener, { stance: "no" }, convener), 409);
  });

  it("records the outcome statement once closed, by the convener only", async () => {
    const p = await propose({ rules: { kind: "consent" } });
    const outcome = { statement: text("We send the letter on Monday."), reviewDate: "2027-03-01" };
    expectProblem(
      await call(t, "PUT", `/api/v1/proposals/${p.id}/outcome`, { as: convener, payload: outcome }),
      409,
    );
    await close(p.id);
    expectProblem(
      await call(t, "PUT", `/api/v1/proposals/${p.id}/outcome`, { as: partner, payload: outcome }),
      403,
    );
    const recorded = await call(t, "PUT", `/api/v1/proposals/${p.id}/outcome`, {
      as: convener,
      payload: outcome,
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(Proposal.parse(recorded.json()).outcome).toMatchObject({
      statement: outcome.statement,
      reviewDate: "2027-03-01",
    });
  });

  it("elects by instant run-off, and reports an even split as a tie", async () => {
    const rules = { kind: "ranked_choice", options: ["Geneva", "Nairobi", "Amman"] };
    const p = await propose({ rules });
    await cast(p.id, org.convener, { ranking: ["Nairobi", "Amman"] }, convener);
    await cast(p.id, org.partner, { ranking: ["Nairobi", "Geneva"] }, partner);
    expectProblem(await cast(p.id, org.partner, { ranking: ["Paris"] }, partner), 422);
    const closed = Proposal.parse((await close(p.id)).json());
    expect(closed.result).toMatchObject({ outcome: "elected", winner: "Nairobi" });

    const split = await propose({ rules });
    await cast(split.id, org.convener, { ranking: ["Amman", "Nairobi"] }, convener);
    await cast(split.id, org.partner, { ranking: ["Nairobi"] }, partner);
    const tied = Proposal.parse((await close(split.id)).json());
    // Geneva, with no votes, goes first; Amman and Nairobi then stand one each.
    expect(tied.result).toMatchObject({ outcome: "tie", winner: null });
  });

  it("amends the charter under the charter's own rule, keeping the old version", async () => {
    const amended = { ...charter, collaborationLevel: "joint_action" };
    const p = await propose({
      subject: "charter",
      title: "Move to joint action",
      charter: amended,
    });
    expect(p.rules).toMatchObject({ kind: "supermajority", quorum: 0.5 });
    await cast(p.id, org.convener, { stance: "yes" }, convener);
    await cast(p.id, org.partner, { stance: "yes" }, partner);
    await close(p.id);
    const coalition = Coalition.parse(
      (await call(t, "GET", `/api/v1/coalitions/${coalitionId}`, { as: outsider })).json(),
    );
    expect(coalition).toMatchObject({
      charterVersion: 2,
      charter: { collaborationLevel: "joint_action" },
    });
    const compared = await call(
      t,
      "GET",
      `/api/v1/coalitions/${coalitionId}/charters/compare?from=1&to=2`,
      { as: null },
    );
    expect(compared.json().changes).toEqual([
      { field: "collaborationLevel", before: "coordination", after: "joint_action" },
    ]);
    const versions = await call(t, "GET", `/api/v1/coalitions/${coalitionId}/charters`, {
      as: null,
    });
    // The versions also tell the coalition's path along the collaboration spectrum.
    expect(versions.json().items).toMatchObject([
      { version: 1, proposalId: null, collaborationLevel: "coordination" },
      { version: 2, proposalId: p.id, collaborationLevel: "joint_action" },
    ]);

    const rejected = await propose({ subject: "charter", title: "Back to sharing", charter });
    await cast(rejected.id, org.convener, { stance: "yes" }, convener);
    await cast(rejected.id, org.partner, { stance: "no" }, partner);
    await close(rejected.id);
    const after = Coalition.parse(
      (await call(t, "GET", `/api/v1/coalitions/${coalitionId}`, { as: null })).json(),
    );
    expect(after.charterVersion).toBe(2);
  });
});
