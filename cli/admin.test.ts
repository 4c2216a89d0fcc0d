import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions, users } from "../server/modules/auth/auth.table.ts";
import { organizations } from "../server/modules/organizations/organizations.table.ts";
import { createOrganization, signedInUser, uniqueEmail } from "../server/test/actors.ts";
import { type TestApp, backends, createTestApp, testOrigin } from "../server/test/harness.ts";
import { createAdmin, verifyOrganization } from "./admin.ts";

describe.each(backends)("the admin commands on %s", (backend) => {
  let t: TestApp;
  let said: string[];
  const say = (message: string) => void said.push(message);
  let adminEmail: string;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    said = [];
    adminEmail = uniqueEmail("admin");
    expect(
      await createAdmin(
        t.services,
        {
          email: adminEmail,
          name: "Platform administrator",
          password: "a long quiet admin passphrase",
        },
        say,
      ),
    ).toBe(true);
    const [row] = await t.services.db.select().from(users).where(eq(users.email, adminEmail));
    adminId = row?.id ?? "";
  });
  afterAll(async () => {
    await t?.close();
  });

  const verifyAs = (by: string, which: string) => {
    said = [];
    return verifyOrganization(t.app, { which, by, publicUrl: testOrigin }, say);
  };
  const organization = async (id: string) =>
    (await t.services.db.select().from(organizations).where(eq(organizations.id, id)))[0];

  it("creates an administrator with a password, and promotes an existing user without one", async () => {
    const [created] = await t.services.db.select().from(users).where(eq(users.id, adminId));
    expect(created?.isPlatformAdmin).toBe(true);
    expect(created?.emailVerified).toBe(true);

    const person = await signedInUser(t, "person");
    said = [];
    expect(await createAdmin(t.services, { email: person.email, name: "x" }, say)).toBe(true);
    expect(said).toEqual([`${person.email} is now a platform administrator.`]);
    const [promoted] = await t.services.db.select().from(users).where(eq(users.id, person.userId));
    expect(promoted?.isPlatformAdmin).toBe(true);
  });

  it("refuses a new administrator without a long enough password", async () => {
    said = [];
    const email = uniqueEmail("short");
    expect(await createAdmin(t.services, { email, name: "x", password: "short" }, say)).toBe(false);
    expect(said).toEqual(["A new administrator needs --password of at least 10 characters."]);
    expect(await t.services.db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("refuses a new administrator whose password is easy to guess, and says why", async () => {
    said = [];
    const email = uniqueEmail("weakadmin");
    const options = { email, name: "x", password: "password123" };
    expect(await createAdmin(t.services, options, say)).toBe(false);
    expect(said).toEqual(["That password is too easy to guess: This is a commonly used password."]);
    expect(await t.services.db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("verifies an organisation named by its acronym, through the API, as the administrator", async () => {
    const owner = await signedInUser(t, "owner");
    const id = await createOrganization(t, owner, { name: "Acronym Legal Aid", acronym: "ALA1" });
    expect(await verifyAs(adminEmail, "ala1")).toBe(true);
    expect(said).toEqual(["Verified Acronym Legal Aid."]);
    const row = await organization(id);
    expect(row?.verifiedBy).toBe(adminId);
    expect(row?.verifiedAt).not.toBeNull();
    // The session the command made for the administrator is gone once it is done.
    expect(await t.services.db.select().from(sessions).where(eq(sessions.userId, adminId))).toEqual(
      [],
    );
  });

  it("verifies an organisation named by its id or by its name in another case", async () => {
    const owner = await signedInUser(t, "owner");
    const byId = await createOrganization(t, owner, { name: "Named By Id", acronym: "NBI1" });
    expect(await verifyAs(adminEmail, byId)).toBe(true);
    expect((await organization(byId))?.verifiedAt).not.toBeNull();

    const byName = await createOrganization(t, owner, { name: "Named By Name", acronym: "NBN1" });
    expect(await verifyAs(adminEmail, "NAMED BY NAME")).toBe(true);
    expect((await organization(byName))?.verifiedAt).not.toBeNull();
  });

  it("refuses someone who is not a platform administrator, and changes nothing", async () => {
    const owner = await signedInUser(t, "owner");
    const id = await createOrganization(t, owner, { name: "Not By Them", acronym: "NBT1" });
    expect(await verifyAs(owner.email, id)).toBe(false);
    expect(said).toEqual([`${owner.email} is not a platform administrator.`]);
    expect(await verifyAs(uniqueEmail("nobody"), id)).toBe(false);
    expect((await organization(id))?.verifiedAt).toBeNull();
  });

  it("names no organisation when none or several match", async () => {
    expect(await verifyAs(adminEmail, "No Such Organisation")).toBe(false);
    expect(said).toEqual(['No organisation matches "No Such Organisation".']);

    const owner = await signedInUser(t, "owner");
    await createOrganization(t, owner, { name: "Twin Network", acronym: "TWN1" });
    await createOrganization(t, owner, { name: "Other Twin", acronym: "Twin Network" });
    expect(await verifyAs(adminEmail, "twin network")).toBe(false);
    expect(said).toEqual(['Several organisations match "twin network"; use the id.']);
  });
});
