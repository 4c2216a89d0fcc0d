import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coalition, defaultDecisionRules } from "../../../shared/coalitions.ts";
import { Proposal, ProposalList } from "../../../shared/proposals.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp, TestClock } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";

const text = (en: string) => ({ original: "en", texts: { en } });
const byConsent = { method: "consent", quorum: 0 } as const;
const charter = (rules: Partial<typeof defaultDecisionRules> = {}) => ({
  purpose: text("Defend the right to protest."),
  decisionRules: { ...defaultDecisionRules, ...rules },
  collaborationLevel: "coordination" as const,
  applicationQuestions: [{ key: "why", text: text("Why do you want to join?") }],
});

describe.each(backends)("membership decisions and charter changes on %s", (backend) => {
  const clock = new TestClock(new Date());
  let t: TestApp;
  let convener: SignedIn;
  let partner: SignedIn;
  let applicant: SignedIn;
  const org = { convener: "", partner: "", applicant: "" };

  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    convener = await signedInUser(t, "convener");
    partner = await signedInUser(t, "partner");
    applicant = await signedInUser(t, "applicant");
    org.convener = await createOrganization(t, convener, { name: "Protest Watch" });
    org.partner = await createOrganization(t, partner, { name: "Lawyers for Assembly" });
    org.applicant = await createOrganization(t, applicant, { name: "Student Union Forum" });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A public coalition with the partner organisation inside, under the given charter. */
  async function coalitionWith(rules: Partial<typeof defaultDecisionRules>) {
    const created = await call(t, "POST", "/api/v1/coalitions", {
      as: convener,
      payload: {
        organizationId: org.convener,
        name: "Assembly Coalition",
        visibility: "public",
        charter: charter(rules),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = Coalition.parse(created.json()).id;
    await call(t, "POST", `/api/v1/coalitions/${id}/invitations`, {
      as: convener,
      payload: { organizationId: org.partner },
    });
    const accepted = await call(
      t,
      "POST",
      `/api/v1/coalitions/${id}/members/${org.partner}/accept`,
      {
        as: partner,
      },
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    return id;
  }
  const apply = (id: string) =>
    call(t, "POST", `/api/v1/coalitions/${id}/applications`, {
      as: applicant,
      payload: { organizationId: org.applicant, answers: { why: "We organise on campuses." } },
    });
  const openProposals = async (id: string) => {
    const listed = await call(t, "GET", `/api/v1/coalitions/${id}/proposals`, { as: convener });
    return ProposalList.parse(listed.json()).items.filter((p) => p.status === "open");
  };
  const cast = (id: string, orgId: string, ballot: unknown, as: SignedIn) =>
    call(t, "PUT", `/api/v1/proposals/${id}/stances/${orgId}`, { as, payload: { ballot } });
  const statusOf = async (id: string, orgId: string) => {
    const read = Coalition.parse(
      (await call(t, "GET", `/api/v1/coalitions/${id}`, { as: convener })).json(),
    );
    return read.members?.find((m) => m.organizationId === orgId)?.status;
  };

  it("opens an admission proposal when an organisation applies, and admits it when adopted", async () => {
    const id = await coalitionWith({ admission: byConsent });
    expect((await apply(id)).statusCode).toBe(201);
    const [admission] = await openProposals(id);
    expect(admission).toMatchObject({ subject: "admission", kind: "consent" });
    const proposal = Proposal.parse(
      (await call(t, "GET", `/api/v1/proposals/${admission?.id}`, { as: partner })).json(),
    );
    expect(proposal.target).toEqual({ organizationId: org.applicant, name: "Student Union Forum" });
    // The applicant is not yet a member: it has no voice in its own admission.
    expect(proposal.eligible).toBe(2);

    expect((await cast(proposal.id, org.partner, { stance: "agree" }, partner)).statusCode).toBe(
      200,
    );
    const closed = await call(t, "POST", `/api/v1/proposals/${proposal.id}/close`, {
      as: convener,
    });
    expect(Proposal.parse(closed.json()).result?.outcome).toBe("adopted");
    expect(await statusOf(id, org.applicant)).toBe("active");
  });

  it("turns the applicant down when the admission is not adopted", async () => {
    const id = await coalitionWith({ admission: byConsent });
    await apply(id);
    const [admission] = await openProposals(id);
    const objected = await cast(
      admission?.id ?? "",
      org.partner,
      { stance: "object", reason: "We have not met them yet." },
      partner,
    );
    expect(objected.statusCode).toBe(200);
    // Nobody needs to be online: the deadline closes it.
    clock.advance(8 * 86_400_000);
    expect(await t.services.proposals.closeDue()).toBeGreaterThanOrEqual(1);
    expect(await statusOf(id, org.applicant)).toBe("rejected");
  });

  it("refuses the convener admitting, turning down or removing alone where the charter asks for a decision", async () => {
    const id = await coalitionWith({ admission: byConsent });
    await apply(id);
    for (const action of ["admit", "reject"]) {
      const refused = await call(
        t,
        "POST",
        `/api/v1/coalitions/${id}/members/${org.applicant}/${action}`,
        { as: convener },
      );
      expectProblem(refused, 409);
    }
    const remove = await call(t, "POST", `/api/v1/coalitions/${id}/members/${org.partner}/remove`, {
      as: convener,
    });
    expectProblem(remove, 409);
    expect(await statusOf(id, org.partner)).toBe("active");
  });

  it("removes a member by an adopted removal proposal, and only a member can be proposed", async () => {
    const id = await coalitionWith({ admission: byConsent });
    const propose = (target: string) =>
      call(t, "POST", `/api/v1/coalitions/${id}/proposals`, {
        as: convener,
        payload: {
          organizationId: org.convener,
          subject: "removal",
          targetOrganizationId: target,
          title: "Remove a member that broke the charter",
          closesAt: new Date(clock.now().getTime() + 86_400_000).toISOString(),
        },
      });
    expectProblem(await propose(org.applicant), 422);
    const withRules = await call(t, "POST", `/api/v1/coalitions/${id}/proposals`, {
      as: convener,
      payload: {
        organizationId: org.convener,
        subject: "removal",
        targetOrganizationId: org.partner,
        rules: { kind: "consent" },
        title: "Remove with my own rule",
        closesAt: new Date(clock.now().getTime() + 86_400_000).toISOString(),
      },
    });
    expectProblem(withRules, 422);

    const created = await propose(org.partner);
    expect(created.statusCode, created.body).toBe(201);
    const removal = Proposal.parse(created.json());
    expect(removal.target?.organizationId).toBe(org.partner);
    await cast(removal.id, org.convener, { stance: "agree" }, convener);
    await call(t, "POST", `/api/v1/proposals/${removal.id}/close`, { as: convener });
    expect(await statusOf(id, org.partner)).toBe("removed");
  });

  it("lets the convener remove alone, and refuses a removal proposal, when the charter leaves it to them", async () => {
    const id = await coalitionWith({});
    const proposed = await call(t, "POST", `/api/v1/coalitions/${id}/proposals`, {
      as: convener,
      payload: {
        organizationId: org.convener,
        subject: "removal",
        targetOrganizationId: org.partner,
        title: "Remove them",
        closesAt: new Date(clock.now().getTime() + 86_400_000).toISOString(),
      },
    });
    expectProblem(proposed, 409);
    const removed = await call(
      t,
      "POST",
      `/api/v1/coalitions/${id}/members/${org.partner}/remove`,
      { as: convener },
    );
    expect(removed.statusCode, removed.body).toBe(200);
  });

  it("changes the charter directly only when it leaves charter changes to the convener", async () => {
    const byConvener = await coalitionWith({ charter: { method: "convener", quorum: 0 } });
    const amended = {
      ...charter({ charter: { method: "convener", quorum: 0 } }),
      meetingRhythm: text("Monthly"),
    };
    const refused = await call(t, "PUT", `/api/v1/coalitions/${byConvener}/charter`, {
      as: partner,
      payload: amended,
    });
    expectProblem(refused, 403);
    const changed = await call(t, "PUT", `/api/v1/coalitions/${byConvener}/charter`, {
      as: convener,
      payload: amended,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(Coalition.parse(changed.json())).toMatchObject({
      charterVersion: 2,
      charter: { meetingRhythm: text("Monthly") },
    });

    const byVote = await coalitionWith({});
    const byVoteRefused = await call(t, "PUT", `/api/v1/coalitions/${byVote}/charter`, {
      as: convener,
      payload: charter(),
    });
    expectProblem(byVoteRefused, 409);
    const versions = await call(t, "GET", `/api/v1/coalitions/${byVote}/charters`, {
      as: convener,
    });
    expect(versions.json().items).toHaveLength(1);
  });
});
