import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPage, CheckpointCheck, CheckpointDownload } from "../../../shared/audit/api.ts";
import { type TestApp, backends, createTestApp, testOrigin } from "../../test/harness.ts";
import { testPassword } from "../../test/actors.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { type RecordWorld, recordIncident, recordWorld } from "./records.fixtures.ts";

/**
 * An organisation keeps a checkpoint of the audit log and later asks whether the log still
 * extends it: yes while nothing was rewritten, no (naming where) once an entry was.
 */
describe.each(backends)("audit checkpoints for an organisation (%s)", (backend) => {
  let t: TestApp;
  let w: RecordWorld;
  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await recordWorld(t);
  });
  afterAll(() => t.close());

  const url = (w: RecordWorld) => `/api/v1/organizations/${w.ownerOrg}/audit/checkpoint`;
  const download = async () => {
    const answer = await call(t, "GET", url(w), { as: w.owner });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers["content-disposition"]).toMatch(
      /^attachment; filename="audit-checkpoint-\d+\.json"$/,
    );
    return CheckpointDownload.parse(answer.json());
  };
  const check = async (kept: unknown) => {
    const answer = await call(t, "POST", `${url(w)}/check`, {
      as: w.owner,
      payload: kept as object,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    return CheckpointCheck.parse(answer.json());
  };

  it("gives the latest signed checkpoint and the key, and says the log extends it as it grows", async () => {
    await recordIncident(t, w.owner, w.ownerOrg);
    await t.services.auditCheckpoints.signIfNew();
    const kept = await download();
    expect(kept.checkpoint?.treeSize).toBeGreaterThan(0);
    expect(kept.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    await recordIncident(t, w.owner, w.ownerOrg);
    const result = await check(kept.checkpoint);
    expect(result).toMatchObject({ signatureValid: true, extended: true, firstBadEntry: null });
    expect(result.treeSize).toBeGreaterThan(kept.checkpoint!.treeSize);
  });

  it("writes a sign-in to the audit of the organisation that keeps records", async () => {
    const audit = async (organizationId: string) =>
      AuditPage.parse(
        (
          await call(t, "GET", `/api/v1/organizations/${organizationId}/audit`, { as: w.owner })
        ).json(),
      ).entries.filter((e) => e.action === "auth.sign_in");
    const before = await audit(w.ownerOrg);
    const signIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: testOrigin, "content-type": "application/json" },
      payload: { email: w.owner.email, password: testPassword },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const after = await audit(w.ownerOrg);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({
      actorOrganizationId: w.ownerOrg,
      subjectKind: "person",
      subjectId: w.owner.userId,
    });
    expect(after[0]!.actorName).not.toBeNull();
  });

  it("refuses a checkpoint this instance did not sign", async () => {
    const { checkpoint } = await download();
    const forged = { ...checkpoint!, headHash: "f".repeat(64) };
    expect(await check(forged)).toMatchObject({ signatureValid: false, extended: false });
  });

  it("keeps checkpoints to the organisation's owners and admins", async () => {
    expectProblem(await call(t, "GET", url(w), { as: w.colleague }), 403);
    expectProblem(await call(t, "GET", url(w), { as: w.litigator }), 403);
    expectProblem(await call(t, "GET", url(w), { as: null }), 401);
  });

  it("says the log no longer extends a kept checkpoint once an entry before it is rewritten", async () => {
    await t.services.auditCheckpoints.signIfNew();
    const { checkpoint } = await download();
    const { db } = t.services;
    // Whoever holds the database can switch the trigger off; the chain still tells.
    await db.execute(sql`alter table audit_entries disable trigger user`);
    await db.execute(sql`update audit_entries set action = 'record.edit' where seq = 1`);
    await db.execute(sql`alter table audit_entries enable trigger user`);
    expect(await check(checkpoint)).toEqual({
      signatureValid: true,
      extended: false,
      treeSize: 0,
      firstBadEntry: 1,
    });
  });
});
