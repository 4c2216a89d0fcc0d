import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coalition, CoalitionList, defaultDecisionRules } from "../../../shared/coalitions.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";

const text = (en: string) => ({ original: "en", texts: { en } });
const charter = {
  purpose: text("Protect defenders at risk."),
  decisionRules: defaultDecisionRules,
  collaborationLevel: "coordination",
};

/**
 * Whether an organisation is named outside a coalition is asked when it joins, with the safe
 * choice as the default where the coalition is secret; and a coalition's list says how the
 * reader's organisations are linked to it, not more.
 */
describe.each(backends)("naming and linking on %s", (backend) => {
  let t: TestApp;
  let convener: SignedIn;
  let invitee: SignedIn;
  let outsider: SignedIn;
  let convenerOrg: string;
  let inviteeOrg: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    convener = await signedInUser(t, "convener");
    invitee = await signedInUser(t, "invitee");
    outsider = await signedInUser(t, "outsider");
    convenerOrg = await createOrganization(t, convener, { name: "Defenders Network" });
    inviteeOrg = await createOrganization(t, invitee, { name: "Lawyers Collective" });
    await createOrganization(t, outsider, { name: "Bystanders" });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function coalition(visibility: "public" | "secret", extra: Record<string, unknown> = {}) {
    const response = await call(t, "POST", "/api/v1/coalitions", {
      as: convener,
      payload: {
        organizationId: convenerOrg,
        name: `${visibility} coalition ${Math.random()}`,
        visibility,
        memberListVisibility: "public",
        charter,
        ...extra,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return Coalition.parse(response.json());
  }
  const invite = (id: string, payload: Record<string, unknown> = {}) =>
    call(t, "POST", `/api/v1/coalitions/${id}/invitations`, {
      as: convener,
      payload: { organizationId: inviteeOrg, ...payload },
    });
  const accept = (id: string, body?: Record<string, unknown>) =>
    call(t, "POST", `/api/v1/coalitions/${id}/members/${inviteeOrg}/accept`, {
      as: invitee,
      ...(body ? { payload: body } : {}),
    });
  const memberAs = async (id: string, as: SignedIn) =>
    Coalition.parse((await call(t, "GET", `/api/v1/coalitions/${id}`, { as })).json());
  const listAs = async (as: SignedIn) =>
    CoalitionList.parse((await call(t, "GET", "/api/v1/coalitions", { as })).json()).items;

  it("does not name a convener or an invited organisation of a secret coalition unless asked to", async () => {
    const secret = await coalition("secret");
    expect(secret.members?.find((m) => m.status === "active")?.namedPublicly).toBe(false);
    expect((await invite(secret.id)).statusCode).toBe(201);
    const inviteeView = await memberAs(secret.id, invitee);
    expect(inviteeView.myMemberships).toEqual([
      expect.objectContaining({ organizationId: inviteeOrg, status: "invited" }),
    ]);
    const joined = Coalition.parse((await accept(secret.id)).json());
    expect(joined.members?.find((m) => m.organizationId === inviteeOrg)?.namedPublicly).toBe(false);
  });

  it("names the organisation in a public coalition by default, and lets it choose when it accepts", async () => {
    const open = await coalition("public");
    await invite(open.id);
    const joined = Coalition.parse((await accept(open.id, { namedPublicly: false })).json());
    expect(joined.members?.find((m) => m.organizationId === inviteeOrg)?.namedPublicly).toBe(false);
    // To an outsider the member is counted but neither named nor identified.
    const seen = await memberAs(open.id, outsider);
    expect(seen.memberCount).toBe(2);
    expect(seen.members?.map((m) => m.name)).toEqual(["Defenders Network", null]);
    expect(seen.members?.map((m) => m.organizationId)).toEqual([convenerOrg, null]);
  });

  it("lets a convener invite an organisation as unnamed, and only accepting chooses again", async () => {
    const open = await coalition("public");
    await invite(open.id, { namedPublicly: false });
    const invited = (await memberAs(open.id, convener)).members?.find(
      (m) => m.organizationId === inviteeOrg,
    );
    expect(invited).toMatchObject({ status: "invited", namedPublicly: false });
    const chosen = Coalition.parse((await accept(open.id, { namedPublicly: true })).json());
    expect(chosen.members?.find((m) => m.organizationId === inviteeOrg)?.namedPublicly).toBe(true);
    const leaveWithChoice = await call(
      t,
      "POST",
      `/api/v1/coalitions/${open.id}/members/${inviteeOrg}/leave`,
      { as: invitee, payload: { namedPublicly: false } },
    );
    expect(leaveWithChoice.statusCode, leaveWithChoice.body).toBe(422);
  });

  it("keeps an applicant's choice not to be named, and a secret coalition stays unknown to those who declined", async () => {
    const secret = await coalition("secret");
    await invite(secret.id);
    await call(t, "POST", `/api/v1/coalitions/${secret.id}/members/${inviteeOrg}/decline`, {
      as: invitee,
      payload: {},
    });
    const apply = (id: string, payload: Record<string, unknown>) =>
      call(t, "POST", `/api/v1/coalitions/${id}/applications`, {
        as: invitee,
        payload: { organizationId: inviteeOrg, ...payload },
      });
    expect((await apply(secret.id, {})).statusCode).toBe(404);

    const open = await coalition("public");
    const applied = await apply(open.id, { namedPublicly: false });
    expect(applied.statusCode, applied.body).toBe(201);
    const member = Coalition.parse(applied.json()).members?.find(
      (m) => m.organizationId === inviteeOrg,
    );
    expect(member).toMatchObject({ status: "applied", namedPublicly: false });
  });

  it("lists an invited organisation's coalition as invited, not as one it is in", async () => {
    const open = await coalition("public");
    await invite(open.id);
    const invited = (await listAs(invitee)).find((c) => c.id === open.id);
    expect(invited).toMatchObject({
      inside: false,
      invited: true,
      applied: false,
      convenes: false,
    });
    await accept(open.id, { namedPublicly: true });
    const inside = (await listAs(invitee)).find((c) => c.id === open.id);
    expect(inside).toMatchObject({ inside: true, invited: false, convenes: false });
    const convening = (await listAs(convener)).find((c) => c.id === open.id);
    expect(convening).toMatchObject({ inside: true, convenes: true });
    const outside = (await listAs(outsider)).find((c) => c.id === open.id);
    expect(outside).toMatchObject({ inside: false, invited: false, applied: false });
  });
});
