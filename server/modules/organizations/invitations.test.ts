import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Invitation, Member } from "../../../shared/organizations.ts";
import { createOrganization, type SignedIn, signedInUser, uniqueEmail } from "../../test/actors.ts";
import {
  backends,
  createTestApp,
  type TestApp,
  TestClock,
  testOrigin,
} from "../../test/harness.ts";
import {
  addMember,
  call,
  databaseState,
  expectProblem,
  tokenFrom,
} from "../../test/org-helpers.ts";

const day = 86_400_000;

describe.each(backends)("invitations on %s", (backend) => {
  let t: TestApp;
  const clock = new TestClock(new Date("2031-03-01T09:00:00Z"));
  // People are shared between tests; each test invites into its own organisation.
  let owner: SignedIn;
  let admin: SignedIn;
  let member: SignedIn;
  let invitee: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    owner = await signedInUser(t, "owner");
    admin = await signedInUser(t, "admin");
    member = await signedInUser(t, "member");
    invitee = await signedInUser(t, "invitee");
  });
  afterAll(async () => {
    await t?.close();
  });

  async function organization(name = "Sawt al-Haqq Legal Aid Network") {
    const id = await createOrganization(t, owner, { name });
    await addMember(t, id, admin.userId, "admin");
    await addMember(t, id, member.userId, "member");
    return id;
  }
  const invite = (id: string, as: SignedIn, email: string, role?: string) =>
    call(t, "POST", `/api/v1/organizations/${id}/invitations`, {
      as,
      payload: role ? { email, role } : { email },
    });
  /** Invites `email` and returns the invitation and the token from the mail it sent. */
  async function invited(id: string, email: string, role = "member", as = owner) {
    const response = await invite(id, as, email, role);
    expect(response.statusCode, response.body).toBe(201);
    const mail = t.mails.lastTo(email.toLowerCase());
    return { invitation: response.json() as Invitation, token: tokenFrom(mail?.link) };
  }
  const preview = (token: string) => call(t, "GET", `/api/v1/invitations/${token}`);
  const accept = (token: string, as: SignedIn | null) =>
    call(t, "POST", "/api/v1/invitations/accept", { as, payload: { token } });
  const rolesIn = async (id: string) => {
    const response = await call(t, "GET", `/api/v1/organizations/${id}/members`, { as: owner });
    const { items } = response.json() as { items: Member[] };
    return Object.fromEntries(items.map((m) => [m.userId, m.role]));
  };

  it("mails the invited address a link holding the token, valid for fourteen days", async () => {
    const id = await organization("Réseau Solidarité Sahel");
    const email = uniqueEmail("new-colleague");
    const sentBefore = t.mails.length;

    const response = await invite(id, owner, email.toUpperCase(), "admin");

    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      email,
      role: "admin",
      status: "pending",
      invitedBy: "owner",
      createdAt: clock.now().toISOString(),
      expiresAt: new Date(clock.now().getTime() + 14 * day).toISOString(),
    });
    const sent = t.mails.slice(sentBefore);
    expect(sent.map((m) => m.to)).toEqual([email]);
    const [mail] = sent;
    expect(mail?.link).toMatch(new RegExp(`^${testOrigin}/invitations/[A-Za-z0-9_-]{40,}$`));
    expect(mail?.text).toContain(mail?.link);
    expect(mail?.subject).toContain("Réseau Solidarité Sahel");
    const shown = await preview(tokenFrom(mail?.link));
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({
      organizationId: id,
      organizationName: "Réseau Solidarité Sahel",
      email,
      role: "admin",
      status: "pending",
      expiresAt: new Date(clock.now().getTime() + 14 * day).toISOString(),
    });
  });

  it("invites as a member when no role is given", async () => {
    const id = await organization();
    const email = uniqueEmail("default-role");

    const response = await invite(id, admin, email);

    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ email, role: "member", invitedBy: "admin" });
  });

  it("lists an organisation's invitations, newest first, to owners and admins only", async () => {
    const id = await organization();
    const first = uniqueEmail("first");
    const second = uniqueEmail("second");
    await invited(id, first, "member");
    clock.advance(60_000);
    await invited(id, second, "admin", admin);

    const listed = await call(t, "GET", `/api/v1/organizations/${id}/invitations`, { as: admin });

    expect(listed.statusCode).toBe(200);
    expect(
      (listed.json() as { items: Invitation[] }).items.map(
        ({ email, role, status, invitedBy }) => ({
          email,
          role,
          status,
          invitedBy,
        }),
      ),
    ).toEqual([
      { email: second, role: "admin", status: "pending", invitedBy: "admin" },
      { email: first, role: "member", status: "pending", invitedBy: "owner" },
    ]);
    const refused = await call(t, "GET", `/api/v1/organizations/${id}/invitations`, {
      as: member,
    });
    expectProblem(refused, 403);
    expect(refused.body).not.toContain(first);
  });

  it("refuses invitations from a plain member, sending no mail", async () => {
    const id = await organization();
    const email = uniqueEmail("by-member");
    const before = await databaseState(t);

    expectProblem(await invite(id, member, email), 403);

    expect(await databaseState(t)).toEqual(before);
    expect(t.mails.lastTo(email)).toBeUndefined();
  });

  it("lets only owners invite an owner", async () => {
    const id = await organization();
    const byAdmin = uniqueEmail("owner-by-admin");
    const byOwner = uniqueEmail("owner-by-owner");
    const before = await databaseState(t);

    expectProblem(await invite(id, admin, byAdmin, "owner"), 403);
    expect(await databaseState(t)).toEqual(before);
    expect(t.mails.lastTo(byAdmin)).toBeUndefined();

    const allowed = await invite(id, owner, byOwner, "owner");
    expect(allowed.statusCode, allowed.body).toBe(201);
    expect(allowed.json()).toMatchObject({ email: byOwner, role: "owner", status: "pending" });
    expect(t.mails.lastTo(byOwner)).toBeDefined();
  });

  it("adds the invited person with the invited role when they accept", async () => {
    const id = await organization();
    const { token } = await invited(id, invitee.email.toUpperCase(), "admin");

    const response = await accept(token, invitee);

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ organizationId: id });
    expect((await rolesIn(id))[invitee.userId]).toBe("admin");
    expect((await preview(token)).json()).toMatchObject({ status: "accepted" });
    const mine = await call(t, "GET", "/api/v1/organizations/mine", { as: invitee });
    const { items } = mine.json() as { items: { id: string }[] };
    expect(items.find((o) => o.id === id)).toMatchObject({ role: "admin", memberCount: 4 });
  });

  it("accepts a link only once", async () => {
    const id = await organization();
    const { token } = await invited(id, invitee.email);
    expect((await accept(token, invitee)).statusCode).toBe(200);

    expectProblem(await accept(token, invitee), 409);
    expect((await rolesIn(id))[invitee.userId]).toBe("member");
  });

  it("refuses the link to anyone signed in with another address", async () => {
    const id = await organization();
    const { invitation, token } = await invited(id, invitee.email, "admin");
    const before = await databaseState(t);

    expectProblem(await accept(token, member), 403);
    expectProblem(await accept(token, null), 401);

    expect(await databaseState(t)).toEqual(before);
    expect((await preview(token)).json()).toMatchObject({ status: "pending" });
    const listed = await call(t, "GET", `/api/v1/organizations/${id}/invitations`, { as: owner });
    expect(listed.json()).toMatchObject({ items: [{ id: invitation.id, status: "pending" }] });
  });

  it("closes a revoked link", async () => {
    const id = await organization();
    const { invitation, token } = await invited(id, invitee.email);

    const revoked = await call(
      t,
      "DELETE",
      `/api/v1/organizations/${id}/invitations/${invitation.id}`,
      { as: admin },
    );

    expect(revoked.statusCode, revoked.body).toBe(204);
    expect((await preview(token)).json()).toMatchObject({ status: "revoked" });
    expectProblem(await accept(token, invitee), 409);
    expect(await rolesIn(id)).not.toHaveProperty(invitee.userId);
    expectProblem(
      await call(t, "DELETE", `/api/v1/organizations/${id}/invitations/${invitation.id}`, {
        as: admin,
      }),
      409,
    );
  });

  it("refuses a revocation by a plain member", async () => {
    const id = await organization();
    const { invitation, token } = await invited(id, invitee.email);
    const before = await databaseState(t);

    expectProblem(
      await call(t, "DELETE", `/api/v1/organizations/${id}/invitations/${invitation.id}`, {
        as: member,
      }),
      403,
    );

    expect(await databaseState(t)).toEqual(before);
    expect((await preview(token)).json()).toMatchObject({ status: "pending" });
  });

  it("closes a link after fourteen days", async () => {
    const id = await organization();
    const { token } = await invited(id, invitee.email);

    clock.advance(15 * day);

    expect((await preview(token)).json()).toMatchObject({ status: "expired" });
    const listed = await call(t, "GET", `/api/v1/organizations/${id}/invitations`, { as: owner });
    expect(listed.json()).toMatchObject({ items: [{ status: "expired" }] });
    expectProblem(await accept(token, invitee), 409);
    expect(await rolesIn(id)).not.toHaveProperty(invitee.userId);
  });

  it("revokes the older link when the same address is invited again", async () => {
    const id = await organization();
    const older = await invited(id, invitee.email, "member");
    const newer = await invited(id, invitee.email, "admin");

    expect(older.token).not.toBe(newer.token);
    expect((await preview(older.token)).json()).toMatchObject({ status: "revoked" });
    expectProblem(await accept(older.token, invitee), 409);
    expect((await accept(newer.token, invitee)).statusCode).toBe(200);
    expect((await rolesIn(id))[invitee.userId]).toBe("admin");
  });

  it("answers 404 for a token it never issued", async () => {
    const unknown = "x".repeat(43);

    expect(expectProblem(await preview(unknown), 404).detail).toBe("No such invitation.");
    expectProblem(await accept(unknown, invitee), 404);
  });
});
