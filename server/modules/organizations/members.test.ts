import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member, OrgRole } from "../../../shared/organizations.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp } from "../../test/harness.ts";
import { addMember, call, databaseState, expectProblem } from "../../test/org-helpers.ts";

describe.each(backends)("organisation members on %s", (backend) => {
  let t: TestApp;
  // People are shared between tests; each test builds its own organisation around them.
  let owner: SignedIn;
  let admin: SignedIn;
  let member: SignedIn;
  let second: SignedIn;
  let outsider: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(backend);
    owner = await signedInUser(t, "olfa-owner");
    admin = await signedInUser(t, "adel-admin");
    member = await signedInUser(t, "mona-member");
    second = await signedInUser(t, "sami-second");
    outsider = await signedInUser(t, "omar-outsider");
  });
  afterAll(async () => {
    await t?.close();
  });

  /** An organisation with one person in each role. */
  async function team() {
    const id = await createOrganization(t, owner);
    await addMember(t, id, admin.userId, "admin");
    await addMember(t, id, member.userId, "member");
    return id;
  }
  async function teamWithTwoOwners() {
    const id = await team();
    await addMember(t, id, second.userId, "owner");
    return id;
  }

  const rolesIn = async (id: string, as: SignedIn) => {
    const response = await call(t, "GET", `/api/v1/organizations/${id}/members`, { as });
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json() as { items: Member[] };
    return Object.fromEntries(items.map((m) => [m.userId, m.role]));
  };
  const changeRole = (id: string, as: SignedIn, target: SignedIn, role: OrgRole) =>
    call(t, "PATCH", `/api/v1/organizations/${id}/members/${target.userId}`, {
      as,
      payload: { role },
    });
  const remove = (id: string, as: SignedIn, target: SignedIn) =>
    call(t, "DELETE", `/api/v1/organizations/${id}/members/${target.userId}`, { as });

  describe("listing", () => {
    it("shows every member with name, email and role, ordered by name, to any member", async () => {
      const id = await team();

      const response = await call(t, "GET", `/api/v1/organizations/${id}/members`, { as: member });

      expect(response.statusCode).toBe(200);
      const { items } = response.json() as { items: Member[] };
      expect(items.map(({ name, email, role, userId }) => ({ name, email, role, userId }))).toEqual(
        [
          { name: "adel-admin", email: admin.email, role: "admin", userId: admin.userId },
          { name: "mona-member", email: member.email, role: "member", userId: member.userId },
          { name: "olfa-owner", email: owner.email, role: "owner", userId: owner.userId },
        ],
      );
      for (const item of items) expect(Number.isNaN(Date.parse(item.joinedAt))).toBe(false);
    });

    it("keeps the list from outsiders: 401 anonymous, 403 signed in, 404 when hidden", async () => {
      const id = await team();
      const hidden = await createOrganization(t, owner, { hiddenFromDirectory: true });

      expectProblem(await call(t, "GET", `/api/v1/organizations/${id}/members`), 401);
      const refused = await call(t, "GET", `/api/v1/organizations/${id}/members`, {
        as: outsider,
      });
      expectProblem(refused, 403);
      expect(refused.body).not.toContain("olfa-owner");
      expectProblem(
        await call(t, "GET", `/api/v1/organizations/${hidden}/members`, { as: outsider }),
        404,
      );
    });
  });

  describe("changing roles", () => {
    it("lets an admin promote a member to admin, and back", async () => {
      const id = await team();

      const promoted = await changeRole(id, admin, member, "admin");
      expect(promoted.statusCode, promoted.body).toBe(200);
      expect(promoted.json()).toMatchObject({ userId: member.userId, role: "admin" });
      const demoted = await changeRole(id, admin, member, "member");
      expect(demoted.statusCode, demoted.body).toBe(200);

      expect((await rolesIn(id, admin))[member.userId]).toBe("member");
    });

    it("refuses to let an admin make anyone an owner", async () => {
      const id = await team();
      const before = await databaseState(t);

      expectProblem(await changeRole(id, admin, member, "owner"), 403);
      expectProblem(await changeRole(id, admin, admin, "owner"), 403);

      expect(await databaseState(t)).toEqual(before);
    });

    it("lets an owner make someone else an owner", async () => {
      const id = await team();

      const response = await changeRole(id, owner, admin, "owner");

      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ userId: admin.userId, role: "owner" });
      expect(await rolesIn(id, owner)).toMatchObject({
        [owner.userId]: "owner",
        [admin.userId]: "owner",
      });
    });

    it("refuses to let an admin demote an owner", async () => {
      const id = await team();

      expectProblem(await changeRole(id, admin, owner, "member"), 403);

      expect((await rolesIn(id, owner))[owner.userId]).toBe("owner");
    });

    it("refuses role changes by a plain member", async () => {
      const id = await team();
      const before = await databaseState(t);

      expectProblem(await changeRole(id, member, member, "admin"), 403);
      expectProblem(await changeRole(id, member, admin, "member"), 403);

      expect(await databaseState(t)).toEqual(before);
    });

    it("refuses to let the last owner step down", async () => {
      const id = await team();
      const before = await databaseState(t);

      const response = await changeRole(id, owner, owner, "admin");

      expect(expectProblem(response, 409).detail).toMatch(/last owner/);
      expect(await databaseState(t)).toEqual(before);
    });

    it("lets an owner step down once another owner exists", async () => {
      const id = await teamWithTwoOwners();

      const response = await changeRole(id, owner, owner, "admin");

      expect(response.statusCode, response.body).toBe(200);
      expect(await rolesIn(id, owner)).toMatchObject({
        [owner.userId]: "admin",
        [second.userId]: "owner",
      });
    });

    it("answers 404 for someone who is not a member", async () => {
      const id = await team();
      expectProblem(await changeRole(id, owner, outsider, "admin"), 404);
      expect(await rolesIn(id, owner)).not.toHaveProperty(outsider.userId);
    });
  });

  describe("leaving and removing", () => {
    it("lets a member leave", async () => {
      const id = await team();

      const response = await remove(id, member, member);

      expect(response.statusCode, response.body).toBe(204);
      expect(await rolesIn(id, owner)).not.toHaveProperty(member.userId);
      const mine = await call(t, "GET", "/api/v1/organizations/mine", { as: member });
      expect((mine.json() as { items: { id: string }[] }).items.map((o) => o.id)).not.toContain(id);
    });

    it("refuses to let the last owner leave", async () => {
      const id = await team();
      const before = await databaseState(t);

      expect(expectProblem(await remove(id, owner, owner), 409).detail).toMatch(/last owner/);
      expect(await databaseState(t)).toEqual(before);
    });

    it("lets an admin remove a member but not an owner", async () => {
      const id = await team();

      const removed = await remove(id, admin, member);
      const refused = await remove(id, admin, owner);

      expect(removed.statusCode, removed.body).toBe(204);
      expectProblem(refused, 403);
      expect(await rolesIn(id, owner)).toEqual({
        [owner.userId]: "owner",
        [admin.userId]: "admin",
      });
    });

    it("refuses removals by a plain member", async () => {
      const id = await team();
      const before = await databaseState(t);

      expectProblem(await remove(id, member, admin), 403);

      expect(await databaseState(t)).toEqual(before);
    });

    it("lets an owner remove another owner, then refuses to remove the last one", async () => {
      const id = await teamWithTwoOwners();

      expect((await remove(id, owner, second)).statusCode).toBe(204);
      // The second owner is gone, so the first is now the last and cannot be removed by anyone.
      expect(expectProblem(await remove(id, owner, owner), 409).detail).toMatch(/last owner/);
      expect(await rolesIn(id, owner)).not.toHaveProperty(second.userId);
    });
  });

  describe("at the same time", () => {
    it("leaves at least one owner when two owners demote each other at once", async () => {
      for (let round = 0; round < 3; round++) {
        const id = await teamWithTwoOwners();

        const [first, other] = await Promise.all([
          changeRole(id, owner, second, "member"),
          changeRole(id, second, owner, "member"),
        ]);

        const statuses = [first.statusCode, other.statusCode].sort();
        // One demotion wins; the other finds either the last owner (409) or that its author
        // is no longer an owner (403).
        expect(statuses[0]).toBe(200);
        expect([403, 409]).toContain(statuses[1]);
        const roles = await rolesIn(id, first.statusCode === 200 ? owner : second);
        expect(Object.values(roles).filter((r) => r === "owner")).toHaveLength(1);
      }
    });

    it("leaves at least one owner when two owners remove each other at once", async () => {
      for (let round = 0; round < 3; round++) {
        const id = await teamWithTwoOwners();

        const [first, other] = await Promise.all([
          remove(id, owner, second),
          remove(id, second, owner),
        ]);

        const statuses = [first.statusCode, other.statusCode].sort();
        expect(statuses[0]).toBe(204);
        expect([403, 409]).toContain(statuses[1]);
        const survivor = first.statusCode === 204 ? owner : second;
        expect(Object.values(await rolesIn(id, survivor))).toEqual(
          expect.arrayContaining(["owner"]),
        );
        expect(
          Object.values(await rolesIn(id, survivor)).filter((r) => r === "owner"),
        ).toHaveLength(1);
      }
    });
  });
});
