import { sql } from "drizzle-orm";
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { OrganizationKeys } from "../../../shared/keys/api.ts";
import { AgreementView, GrantView } from "../../../shared/records/agreements-api.ts";
import {
  ConfidentialList,
  ConfidentialRecordView,
} from "../../../shared/records/confidential-api.ts";
import { type SignedIn, signedInUser } from "../../test/actors.ts";
import { rowsOf } from "../../db/client.ts";
import { addMember, call, expectProblem } from "../../test/org-helpers.ts";
import {
  type ConfidentialWorld,
  b64,
  confidentialWorld,
  octets,
  personKeys,
  sealed,
  withoutInstance,
} from "./confidential.fixtures.ts";

/*
 * The server's side of confidential records: who may fetch which ciphertext, epochs, files,
 * shares and removal (the set-up and why it sends random bytes: confidential.fixtures.ts).
 */
describe.each(backends)("confidential records on the server (%s)", (backend) => {
  let t: TestApp;
  let c: ConfidentialWorld;
  let w: ConfidentialWorld["w"];
  /** The owner organisation's current epoch, as the tests move it on. */
  let epochOf: Record<string, number>;
  beforeAll(async () => {
    t = await createTestApp(backend);
    c = await confidentialWorld(t);
    w = c.w;
    epochOf = c.epochOf;
  });
  afterAll(() => t.close());
  const keysOf: ConfidentialWorld["keysOf"] = (...a) => c.keysOf(...a);
  const create: ConfidentialWorld["create"] = (...a) => c.create(...a);
  const made: ConfidentialWorld["made"] = (...a) => c.made(...a);

  it("keeps ciphertext and serves it to the owner's people it names, audited; others get not found", async () => {
    const record = await made({ readerIds: [w.colleague.userId] });
    expect(record).toMatchObject({ sight: "full", classification: "confidential", version: 1 });
    expect(record.key?.epoch).toBe(epochOf[w.ownerOrg]);
    const colleague = await call(t, "GET", `/api/v1/confidential-records/${record.id}`, {
      as: w.colleague,
    });
    expect(colleague.statusCode, colleague.body).toBe(200);
    expect(ConfidentialRecordView.parse(colleague.json()).sealed).toEqual(record.sealed);
    // The litigator holds no grant: the record does not exist for them, nor as a readable record.
    const refused = await call(t, "GET", `/api/v1/confidential-records/${record.id}`, {
      as: w.litigator,
    });
    const unknown = await call(t, "GET", `/api/v1/confidential-records/${randomUUID()}`, {
      as: w.litigator,
    });
    expectProblem(refused, 404);
    expect(withoutInstance(refused)).toEqual(withoutInstance(unknown));
    expectProblem(await call(t, "GET", `/api/v1/records/${record.id}`, { as: w.owner }), 404);
    // The readable list never shows it; the confidential list does, to those who fetch it.
    const readable = await call(t, "GET", `/api/v1/records?organizationId=${w.ownerOrg}`, {
      as: w.owner,
    });
    expect(readable.json().items.map((i: { id: string }) => i.id)).not.toContain(record.id);
    const list = ConfidentialList.parse(
      (
        await call(t, "GET", `/api/v1/confidential-records?organizationId=${w.ownerOrg}`, {
          as: w.colleague,
        })
      ).json(),
    );
    expect(list.items.map((i) => i.id)).toContain(record.id);
    const audit = await call(t, "GET", `/api/v1/records/${record.id}/audit`, { as: w.owner });
    expect(audit.statusCode, audit.body).toBe(200);
    const actions = audit.json().entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["record.create", "record.read", "record.list"]),
    );
  });

  it("refuses a record sealed to an old epoch, a second record with one id, and a plain upload", async () => {
    expectProblem(
      await create(w.owner, { key: { epoch: 7, nonce: b64(24), ciphertext: b64(48) } }),
      409,
    );
    const record = await made();
    expectProblem(await create(w.owner, { id: record.id }), 409);
    const plain = await call(
      t,
      "POST",
      `/api/v1/records/${record.id}/files?name=photo.jpg&type=image/jpeg`,
      {
        as: w.owner,
        headers: octets,
        payload: Buffer.from("not encrypted"),
      },
    );
    expectProblem(plain, 409);
  });

  it("versions ciphertext from the current version only", async () => {
    const record = await made();
    const next = await call(t, "PUT", `/api/v1/confidential-records/${record.id}`, {
      as: w.owner,
      payload: { version: 1, sealed: sealed() },
    });
    expect(next.statusCode, next.body).toBe(200);
    expect(ConfidentialRecordView.parse(next.json()).version).toBe(2);
    expectProblem(
      await call(t, "PUT", `/api/v1/confidential-records/${record.id}`, {
        as: w.owner,
        payload: { version: 1, sealed: sealed() },
      }),
      409,
    );
  });

  it("keeps encrypted files and serves their ciphertext to those who read the record", async () => {
    const record = await made();
    const bytes = randomBytes(70_000);
    const upload = await call(
      t,
      "POST",
      `/api/v1/confidential-records/${record.id}/files?nonce=${b64(24)}&header=${b64(200)}`,
      { as: w.owner, headers: octets, payload: bytes },
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const view = ConfidentialRecordView.parse(
      (await call(t, "GET", `/api/v1/confidential-records/${record.id}`, { as: w.owner })).json(),
    );
    expect(view.files).toHaveLength(1);
    const fileUrl = `/api/v1/confidential-records/${record.id}/files/${view.files[0]!.id}`;
    // The browser binds the header and every chunk to an id it chose: the server keeps that
    // id, and refuses a second file with it, on this record or another.
    const fileId = randomUUID();
    const withId = (recordId: string) =>
      call(
        t,
        "POST",
        `/api/v1/confidential-records/${recordId}/files?nonce=${b64(24)}&header=${b64(200)}&fileId=${fileId}`,
        { as: w.owner, headers: octets, payload: randomBytes(100) },
      );
    const kept = await withId(record.id);
    expect(kept.statusCode, kept.body).toBe(201);
    expect(kept.json().id).toBe(fileId);
    expectProblem(await withId(record.id), 409);
    expectProblem(await withId((await made()).id), 409);
    const download = await call(t, "GET", fileUrl, { as: w.owner });
    expect(download.statusCode).toBe(200);
    expect(Buffer.compare(download.rawPayload, bytes)).toBe(0);
    expectProblem(await call(t, "GET", fileUrl, { as: w.litigator }), 404);
    // Not through the plain route either, for anyone.
    expectProblem(
      await call(t, "GET", `/api/v1/records/${record.id}/files/${view.files[0]!.id}`, {
        as: w.owner,
      }),
      404,
    );
  });

  it("shares sealed under an agreement when the statement says what the grant says; revoking removes it", async () => {
    const agreement = await call(t, "POST", "/api/v1/agreements", {
      as: w.owner,
      payload: {
        title: "Confidential evidence",
        purpose: "Cases before the regional court.",
        dataCategories: ["incidents", "evidence"],
        fields: ["occurredOn", "country", "violationTypes", "description"],
        onwardRule: "none",
        retentionDays: 365,
        proposedBy: w.ownerOrg,
        partyIds: [w.litigatorOrg],
      },
    });
    const agreementId = AgreementView.parse(agreement.json()).id;
    await call(t, "POST", `/api/v1/agreements/${agreementId}/accept`, {
      as: w.litigator,
      payload: { organizationId: w.litigatorOrg },
    });
    const record = await made();
    // The readable route does not know the record, and writes nothing; the confidential one does.
    const consent = (route: string) =>
      call(t, "POST", `/api/v1/${route}/${record.id}/consents`, {
        as: w.owner,
        payload: { use: "named_partners", state: "given", givenBy: "The person, in writing" },
      });
    expectProblem(await consent("records"), 404);
    const consented = await consent("confidential-records");
    expect(consented.statusCode, consented.body).toBe(200);
    expect(ConfidentialRecordView.parse(consented.json()).consents).toMatchObject([
      { use: "named_partners", state: "given", givenBy: "The person, in writing" },
    ]);
    const statement = {
      recordId: record.id,
      ownerOrganizationId: w.ownerOrg,
      toOrganizationId: w.litigatorOrg,
      agreementId,
      agreementVersion: 1,
      purpose: "Cases before the regional court.",
      expiresAt: null,
      onwardRule: "none",
      recipientEpoch: 1,
      payloadHash: b64(32),
      issuedAt: new Date().toISOString(),
    };
    const share = (over: Record<string, unknown> = {}) => ({
      payload: sealed(300),
      sealedKey: b64(80),
      statement: { ...statement, ...over },
      signature: b64(64),
    });
    const grant = (payload: Record<string, unknown>) =>
      call(t, "POST", `/api/v1/records/${record.id}/grants`, {
        as: w.owner,
        payload: { agreementId, toOrganizationId: w.litigatorOrg, ...payload },
      });
    // Unsealed, or with a statement that says other terms: refused, nothing granted.
    expectProblem(await grant({}), 422);
    const lying = await grant({ sealedShare: share({ purpose: "Anything at all." }) });
    expectProblem(lying, 422);
    expect(JSON.stringify(lying.json())).toContain("statement.purpose");
    const made1 = await grant({ sealedShare: share() });
    expect(made1.statusCode, made1.body).toBe(201);
    const grantId = GrantView.parse(made1.json()).id;
    const seen = await call(t, "GET", `/api/v1/confidential-records/${record.id}`, {
      as: w.litigator,
    });
    expect(seen.statusCode, seen.body).toBe(200);
    const view = ConfidentialRecordView.parse(seen.json());
    expect(view.sight).toBe("shared");
    expect(view.sealed).toBeUndefined();
    expect(view.key).toBeUndefined();
    expect(view.shares?.[0]).toMatchObject({ grantId, statement: { purpose: statement.purpose } });
    expect(view.shares?.[0]?.ownerIdentityPublicKey).toBe(
      (await keysOf(w.ownerOrg, w.owner)).identityPublicKey,
    );
    const revoked = await call(t, "POST", `/api/v1/grants/${grantId}/revoke`, {
      as: w.owner,
      payload: {},
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expectProblem(
      await call(t, "GET", `/api/v1/confidential-records/${record.id}`, { as: w.litigator }),
      404,
    );
    // The sealed key is gone with the grant, not only hidden.
    const [row] = rowsOf<{ sealed_share: unknown }>(
      await t.services.db.execute(
        sql`select sealed_share from record_grants where id = ${grantId}`,
      ),
    );
    expect(row).toEqual({ sealed_share: null });
  });

  it("drops a removed member's seals and holds new records until the next epoch", async () => {
    const leaving = await signedInUser(t, "leaving-member");
    await addMember(t, w.ownerOrg, leaving.userId, "member");
    await call(t, "PUT", "/api/v1/me/keys", { as: leaving, payload: personKeys() });
    await call(t, "POST", `/api/v1/organizations/${w.ownerOrg}/keys/seals`, {
      as: w.owner,
      payload: {
        epoch: epochOf[w.ownerOrg],
        seals: [{ userId: leaving.userId, sealed: b64(144) }],
      },
    });
    expect((await keysOf(w.ownerOrg, leaving)).member?.seal).not.toBeNull();
    const removed = await call(
      t,
      "DELETE",
      `/api/v1/organizations/${w.ownerOrg}/members/${leaving.userId}`,
      {
        as: w.owner,
      },
    );
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await keysOf(w.ownerOrg, w.owner)).state).toBe("rotation_needed");
    expectProblem(await create(w.owner), 409);
    // A plain member may not make the next epoch; a manager does, sealed to those who stay.
    const next = (as: SignedIn, epoch: number) =>
      call(t, "POST", `/api/v1/organizations/${w.ownerOrg}/keys/epochs`, {
        as,
        payload: {
          epoch,
          publicKey: b64(32),
          signature: b64(64),
          previous: { nonce: b64(24), ciphertext: b64(48) },
          seals: [as, ...(as === w.owner ? [w.colleague] : [])].map((p) => ({
            userId: p.userId,
            sealed: b64(144),
          })),
        },
      });
    expectProblem(await next(w.colleague, epochOf[w.ownerOrg]! + 1), 403);
    expectProblem(await next(w.owner, epochOf[w.ownerOrg]! + 2), 409);
    const rotated = await next(w.owner, epochOf[w.ownerOrg]! + 1);
    expect(rotated.statusCode, rotated.body).toBe(201);
    epochOf[w.ownerOrg]! += 1;
    expect(OrganizationKeys.parse(rotated.json())).toMatchObject({
      state: "ready",
      currentEpoch: epochOf[w.ownerOrg],
    });
    // The removed person's seals are gone, and they cannot be sealed the new epoch.
    const sealLeaver = await call(t, "POST", `/api/v1/organizations/${w.ownerOrg}/keys/seals`, {
      as: w.owner,
      payload: {
        epoch: epochOf[w.ownerOrg],
        seals: [{ userId: leaving.userId, sealed: b64(144) }],
      },
    });
    expectProblem(sealLeaver, 422);
    await made();
  });
});
