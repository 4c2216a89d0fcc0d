import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Charter, Coalition, defaultDecisionRules } from "../../../shared/coalitions.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp } from "../../test/harness.ts";
import { addMember, call, databaseState, expectProblem } from "../../test/org-helpers.ts";
import { compareCharters } from "./coalitions.service.ts";

const text = (en: string) => ({ original: "en", texts: { en } });
const charter = (extra: Partial<Charter> = {}) => ({
  purpose: text("End arbitrary detention in the region."),
  decisionRules: defaultDecisionRules,
  collaborationLevel: "coordination",
  ...extra,
});

describe.each(backends)("coalitions on %s", (backend) => {
  let t: TestApp;
  /** Owner of the convening organisation, and one of its plain members. */
  let convener: SignedIn;
  let colleague: SignedIn;
  /** Owner of a second organisation, and someone with no organisation in the coalition. */
  let partner: SignedIn;
  let outsider: SignedIn;
  let convenerOrg: string;
  let partnerOrg: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    convener = await signedInUser(t, "convener");
    colleague = await signedInUser(t, "colleague");
    partner = await signedInUser(t, "partner");
    outsider = await signedInUser(t, "outsider");
    convenerOrg = await createOrganization(t, convener, { name: "Detention Watch" });
    await addMember(t, convenerOrg, colleague.userId, "member");
    partnerOrg = await createOrganization(t, partner, { name: "Humanitarian Relief Agency" });
    await createOrganization(t, outsider, { name: "Outside Group" });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function create(payload: Record<string, unknown>, as = convener) {
    const response = await call(t, "POST", "/api/v1/coalitions", {
      as,
      payload: {
        organizationId: convenerOrg,
        name: "Detention Coalition",
        charter: charter(),
        ...payload,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return Coalition.parse(response.json());
  }
  const get = async (id: string, as: SignedIn | null) =>
    call(t, "GET", `/api/v1/coalitions/${id}`, { as });
  const step = async (id: string, org: string, action: string, as: SignedIn) =>
    call(t, "POST", `/api/v1/coalitions/${id}/members/${org}/${action}`, { as });

  it("makes the founding organisation convener, with charter version 1", async () => {
    const coalition = await create({ visibility: "public" });
    expect(coalition).toMatchObject({
      charterVersion: 1,
      visibility: "public",
      myMemberships: [{ organizationId: convenerOrg, role: "convener", status: "active" }],
      memberCount: 1,
    });
    expect(coalition.charter.purpose).toEqual(text("End arbitrary detention in the region."));
    const versions = await call(t, "GET", `/api/v1/coalitions/${coalition.id}/charters`, {
      as: null,
    });
    expect(versions.json()).toMatchObject({ items: [{ version: 1, proposalId: null }] });
  });

  it("refuses a charter that does not hold together, changing nothing", async () => {
    // A request that fails its schema is a 400 naming the field, like every other route.
    const before = await databaseState(t);
    const response = await call(t, "POST", "/api/v1/coalitions", {
      as: convener,
      payload: {
        organizationId: convenerOrg,
        name: "Broken",
        charter: charter({
          decisionRules: {
            ...defaultDecisionRules,
            charter: { method: "supermajority", quorum: 0.5 },
          },
        }),
      },
    });
    expectProblem(response, 400);
    expect(response.json().errors).toContainEqual({
      field: "body.charter.decisionRules.charter.threshold",
      message: "a supermajority needs a threshold",
    });
    expect(await databaseState(t)).toEqual(before);
  });

  it("lists public coalitions to everyone and others only to their members", async () => {
    const open = await create({ name: "Open Coalition", visibility: "public" });
    const unlisted = await create({ name: "Unlisted Coalition", visibility: "unlisted" });
    const secret = await create({ name: "Secret Coalition", visibility: "secret" });
    const ids = async (as: SignedIn | null) =>
      (
        (await call(t, "GET", "/api/v1/coalitions", { as })).json() as { items: { id: string }[] }
      ).items.map((i) => i.id);
    for (const as of [null, outsider]) {
      const seen = await ids(as);
      expect(seen).toContain(open.id);
      expect(seen).not.toContain(unlisted.id);
      expect(seen).not.toContain(secret.id);
    }
    expect(await ids(colleague)).toEqual(expect.arrayContaining([open.id, unlisted.id, secret.id]));
    expect((await get(unlisted.id, outsider)).statusCode).toBe(200);
    expectProblem(await get(secret.id, outsider), 404);
    expectProblem(await get(secret.id, null), 404);
  });

  it("never names a member that chose not to be named, to anyone outside", async () => {
    const coalition = await create({ visibility: "public", memberListVisibility: "public" });
    const invited = await call(t, "POST", `/api/v1/coalitions/${coalition.id}/invitations`, {
      as: convener,
      payload: { organizationId: partnerOrg },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect((await step(coalition.id, partnerOrg, "accept", partner)).statusCode).toBe(200);
    const hide = await call(
      t,
      "PATCH",
      `/api/v1/coalitions/${coalition.id}/members/${partnerOrg}`,
      {
        as: partner,
        payload: { namedPublicly: false },
      },
    );
    expect(hide.statusCode, hide.body).toBe(200);

    const outside = Coalition.parse((await get(coalition.id, outsider)).json());
    expect(outside.memberCount).toBe(2);
    expect(outside.members?.map((m) => m.name)).toEqual(["Detention Watch", null]);
    expect(JSON.stringify(outside)).not.toContain(partnerOrg);
    expect(JSON.stringify(outside)).not.toContain("Humanitarian Relief Agency");
    const inside = Coalition.parse((await get(coalition.id, colleague)).json());
    expect(inside.members?.map((m) => m.name)).toEqual([
      "Detention Watch",
      "Humanitarian Relief Agency",
    ]);
  });

  it("hides a members-only list from outsiders", async () => {
    const coalition = await create({ visibility: "public", memberListVisibility: "members" });
    expect(Coalition.parse((await get(coalition.id, outsider)).json()).members).toBeNull();
    expect(Coalition.parse((await get(coalition.id, colleague)).json()).members).toHaveLength(1);
  });

  it("walks a membership through invitation, suspension, reinstatement and leaving", async () => {
    const coalition = await create({});
    await call(t, "POST", `/api/v1/coalitions/${coalition.id}/invitations`, {
      as: convener,
      payload: { organizationId: partnerOrg, role: "observer" },
    });
    const statusOf = async () =>
      Coalition.parse((await get(coalition.id, convener)).json()).members?.find(
        (m) => m.organizationId === partnerOrg,
      );
    expect(await statusOf()).toMatchObject({ status: "invited", role: "observer" });
    expectProblem(await step(coalition.id, partnerOrg, "suspend", convener), 409);
    expect((await step(coalition.id, partnerOrg, "accept", partner)).statusCode).toBe(200);
    const reps = await call(
      t,
      "GET",
      `/api/v1/coalitions/${coalition.id}/members/${partnerOrg}/representatives`,
      { as: partner },
    );
    expect(reps.json()).toEqual({ userIds: [partner.userId] });
    expectProblem(await step(coalition.id, partnerOrg, "suspend", partner), 403);
    expect((await step(coalition.id, partnerOrg, "suspend", convener)).statusCode).toBe(200);
    expect(await statusOf()).toMatchObject({ status: "suspended" });
    expect((await step(coalition.id, partnerOrg, "reinstate", convener)).statusCode).toBe(200);
    expect((await step(coalition.id, partnerOrg, "leave", partner)).statusCode).toBe(200);
    expect(await statusOf()).toMatchObject({ status: "left" });
  });

  it("asks applicants the charter's questions and lets the convener admit them", async () => {
    const coalition = await create({
      charter: charter({
        applicationQuestions: [{ key: "mandate", text: text("What is your mandate?") }],
      }),
    });
    const url = `/api/v1/coalitions/${coalition.id}/applications`;
    const unanswered = await call(t, "POST", url, {
      as: partner,
      payload: { organizationId: partnerOrg },
    });
    expectProblem(unanswered, 422);
    expect(unanswered.json().errors).toContainEqual({
      field: "body.answers.mandate",
      message: "needs an answer",
    });
    const stray = await call(t, "POST", url, {
      as: partner,
      payload: { organizationId: partnerOrg, answers: { mandate: "Relief", budget: "1" } },
    });
    expectProblem(stray, 422);
    const applied = await call(t, "POST", url, {
      as: partner,
      payload: { organizationId: partnerOrg, answers: { mandate: "Relief in camps" } },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    // The answers are for the convener side and the applicant, not for everyone inside.
    const answersAs = async (as: SignedIn) =>
      Coalition.parse((await get(coalition.id, as)).json()).members?.find(
        (m) => m.organizationId === partnerOrg,
      )?.answers;
    expect(await answersAs(convener)).toEqual({ mandate: "Relief in camps" });
    expect(await answersAs(colleague)).toBeNull();
    expect((await step(coalition.id, partnerOrg, "admit", convener)).statusCode).toBe(200);
    const after = Coalition.parse((await get(coalition.id, partner)).json());
    expect(after.myMemberships).toEqual([
      { organizationId: partnerOrg, role: "member", status: "active", represented: true },
    ]);
    // A colleague of the convener reads as a member of its organisation but does not act for it.
    const colleagueView = Coalition.parse((await get(coalition.id, colleague)).json());
    expect(colleagueView.myMemberships).toEqual([
      { organizationId: convenerOrg, role: "convener", status: "active", represented: false },
    ]);
  });

  it("does not let the convener admit alone when the charter wants a decision", async () => {
    const coalition = await create({
      charter: charter({
        decisionRules: { ...defaultDecisionRules, admission: { method: "consent", quorum: 0.5 } },
      }),
    });
    await call(t, "POST", `/api/v1/coalitions/${coalition.id}/applications`, {
      as: partner,
      payload: { organizationId: partnerOrg },
    });
    expectProblem(await step(coalition.id, partnerOrg, "admit", convener), 409);
  });

  it("keeps at least one convener, even when two step down at once", async () => {
    const coalition = await create({});
    expectProblem(await step(coalition.id, convenerOrg, "leave", convener), 409);
    await call(t, "POST", `/api/v1/coalitions/${coalition.id}/invitations`, {
      as: convener,
      payload: { organizationId: partnerOrg },
    });
    await step(coalition.id, partnerOrg, "accept", partner);
    const promote = await call(
      t,
      "PATCH",
      `/api/v1/coalitions/${coalition.id}/members/${partnerOrg}`,
      {
        as: convener,
        payload: { role: "convener" },
      },
    );
    expect(promote.statusCode, promote.body).toBe(200);
    const [a, b] = await Promise.all([
      step(coalition.id, convenerOrg, "leave", convener),
      step(coalition.id, partnerOrg, "leave", partner),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    // Read as the one refused, who is still inside and sees the member list.
    const stayer = a.statusCode === 409 ? convener : partner;
    const left = Coalition.parse((await get(coalition.id, stayer)).json()).members ?? [];
    expect(left.filter((m) => m.role === "convener" && m.status === "active")).toHaveLength(1);
  });

  it("compares two charters field by field", () => {
    const before = charter() as Charter;
    const after = {
      ...before,
      collaborationLevel: "joint_action",
      decisionRules: { ...before.decisionRules, spending: { method: "majority", quorum: 0.5 } },
    } as Charter;
    expect(compareCharters(before, before)).toEqual([]);
    expect(compareCharters(before, after)).toEqual([
      {
        field: "decisionRules.spending",
        before: before.decisionRules.spending,
        after: after.decisionRules.spending,
      },
      { field: "collaborationLevel", before: "coordination", after: "joint_action" },
    ]);
  });
});
