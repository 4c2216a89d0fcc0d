import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  organizationMembers,
  organizations,
} from "../modules/organizations/organizations.table.ts";
import { createOrganization, signedInUser } from "./actors.ts";
import { databaseState, scannedDatabaseState } from "./database-state.ts";
import { type TestApp, backends, createTestApp } from "./harness.ts";
import { addMember } from "./org-helpers.ts";

/*
 * The before/after checks of the access-control and bad-input tables read each table's
 * fingerprint from what triggers saw written. That is only as good as its agreement with the
 * rows themselves, whatever the writes: checked here against a scan of every row.
 */
describe.each(backends)("the database state a check compares (%s)", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(async () => {
    await t?.close();
  });

  const agrees = async () => {
    const state = await databaseState(t);
    expect(state).toEqual(await scannedDatabaseState(t));
    return state;
  };

  it("agrees with the rows after inserts, updates, cascading deletes and a rolled-back write, and sees each change", async () => {
    const empty = await agrees();
    const owner = await signedInUser(t, "owner");
    const orgId = await createOrganization(t, owner);
    const made = await agrees();
    expect(made).not.toEqual(empty);
    expect(made.organizations).not.toEqual(empty.organizations);

    // A real change, then its undoing, brings the same state back.
    await t.services.db
      .update(organizations)
      .set({ name: "Another name" })
      .where(eq(organizations.id, orgId));
    const renamed = await agrees();
    expect(renamed.organizations).not.toEqual(made.organizations);
    await t.services.db
      .update(organizations)
      .set({ name: "Sawt al-Haqq Legal Aid Network" })
      .where(eq(organizations.id, orgId));
    expect((await agrees()).organizations).toEqual(made.organizations);

    // A write whose transaction fails leaves no trace.
    const colleague = await signedInUser(t, "colleague");
    const before = await agrees();
    await expect(
      t.services.db.transaction(async (tx) => {
        await tx.insert(organizationMembers).values({
          organizationId: orgId,
          userId: colleague.userId,
          role: "member",
        });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await agrees()).toEqual(before);

    await addMember(t, orgId, colleague.userId, "member");
    const joined = await agrees();
    expect(joined.organization_members).not.toEqual(before.organization_members);

    // An update that writes the same values changes nothing.
    await t.services.db
      .update(organizationMembers)
      .set({ role: "member" })
      .where(eq(organizationMembers.userId, colleague.userId));
    expect(await agrees()).toEqual(joined);

    // Deleting the organisation deletes its members by cascade, which the state follows.
    await t.services.db.execute(sql`delete from organizations where id = ${orgId}`);
    const gone = await agrees();
    expect(gone.organization_members).toEqual(empty.organization_members);
  });
});
