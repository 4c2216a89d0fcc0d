import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrganizationKeys } from "../../../shared/keys/api.ts";
import { AgreementView, GrantView } from "../../../shared/records/agreements-api.ts";
import {
  ConfidentialList,
  ConfidentialRecordView,
} from "../../../shared/records/confidential-api.ts";
import { type SignedIn, signedInUser } from "../../test/actors.ts";
import { rowsOf } from "../../db/client.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { addMember, call, expectProblem } from "../../test/org-helpers.ts";
import { type RecordWorld, recordWorld } from "./records.fixtures.ts";

/*
 * The server's side of confidential records (issue 15). It cannot open what it keeps, so these
 * tests send random bytes of the right sizes: what is checked is who may fetch which
 * ciphertext, that epochs follow each other and a removed member's seals go, and that a share
 * says what its grant says. The browser's encryption is tested with shared/crypto.
 */
const b64 = (bytes: number) => randomBytes(bytes).toString("base64url");
const wrapped = (alg: "argon2id13" | "recovery") => ({
  kdf:
    alg === "argon2id13"
      ? { alg, salt: b64(16), opsLimit: 3, memLimit: 64 * 1024 * 1024 }
      : { alg },
  nonce: b64(24),
  ciphertext: b64(112),
});
const personKeys = () => ({
  boxPublicKey: b64(32),
  signPublicKey: b64(32),
  passphrase: wrapped("argon2id13"),
  recovery: wrapped("recovery"),
});
/** A refusal's body, less the address it answers (which names the id asked for). */
const withoutInstance = (answer: { json(): Record<string, unknown> }) => {
  const { instance: _instance, ...body } = answer.json();
  return body;
};
const octets = { "content-type": "application/octet-stream" };
const sealed = (bytes = 600) => ({ nonce: b64(24), ciphertext: b64(bytes) });

describe.each(backends)("confidential records on the server (%s)", (backend) => {
  let t: TestApp;
  let w: RecordWorld;
  let epochOf: Record<string, number>;
  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await recordWorld(t);
    epochOf = {};
    for (const p of [w.owner, w.colleague, w.litigator]) {
      const put = await call(t, "PUT", "/api/v1/me/keys", { as: p, payload: personKeys() });
      expect(put.statusCode, put.body).toBe(200);
    }
    for (const [who, org, also] of [
      [w.owner, w.ownerOrg, [w.colleague]],
      [w.litigator, w.litigatorOrg, []],
    ] as const) {
      const started = await call(t, "POST", `/api/v1/organizations/${org}/keys`, {
        as: who,
        payload: {
          identityPublicKey: b64(32),
          publicKey: b64(32),
          signature: b64(64),
          seals: [who, ...also].map((p) => ({ userId: p.userId, sealed: b64(144) })),
        },
      });
      expect(started.statusCode, started.body).toBe(201);
      epochOf[org] = 1;
    }
  });
  afterAll(() => t.close());

  const keysOf = async (org: string, as: SignedIn) => {
    const got = await call(t, "GET", `/api/v1/organizations/${org}/keys`, { as });
    expect(got.statusCode, got.body).toBe(200);
    return OrganizationKeys.parse(got.json());
  };
  const create = (as: SignedIn, body: Record<string, unknown> = {}) =>
    call(t, "POST", "/api/v1/confidential-records", {
      as,
      payload: {
        id: randomUUID(),
        ownerOrganizationId: w.ownerOrg,
        sealed: sealed(),
        key: { epoch: epochOf[w.ownerOrg], nonce: b64(24), ciphertext: b64(48) },
        ...body,
      },
    });
  const made = async (body: Record<string, unknown> = {}) => {
    const answer = await create(w.owner, body);
    expect(answer.statusCode, answer.body).toBe(201);
    return ConfidentialRecordView.parse(answer.json());
  };

  it("keeps a person's wrapped keys and gives them back only to that person", async () => {
    const mine = await call(t, "GET", "/api/v1/me/keys", { as: w.owner });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().keys.passphrase.kdf.alg).toBe("argon2id13");
    expect(mine.headers["cache-control"]).toBe("private, no-store");
    // Another person of the organisation sees the public keys only.
    const theirs = await call(t, "GET", `/api/v1/people/${w.owner.userId}/keys`, {
      as: w.colleague,
    });
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(Object.keys(theirs.json()).sort()).toEqual(
      ["boxPublicKey", "createdAt", "signPublicKey", "userId"].sort(),
    );
    // Someone who shares no organisation gets what an unknown person gets.
    const outsider = await call(t, "GET", `/api/v1/people/${w.owner.userId}/keys`, {
      as: w.litigator,
    });
    const unknown = await call(t, "GET", `/api/v1/people/nobody-${randomUUID()}/keys`, {
      as: w.litigator,
    });
    expectProblem(outsider, 404);
    expect(withoutInstance(outsider)).toEqual(withoutInstance(unknown));
  });

  it("changes the passphrase of the same keys, and replaces keys only on reset, dropping seals", async () => {
    const fresh = await signedInUser(t, "keys-reset");
    await addMember(t, w.litigatorOrg, fresh.userId, "member");
    const keys = personKeys();
    expect((await call(t, "PUT", "/api/v1/me/keys", { as: fresh, payload: keys })).statusCode).toBe(
      200,
    );
    const rewrap = { ...keys, passphrase: wrapped("argon2id13") };
    expect(
      (await call(t, "PUT", "/api/v1/me/keys", { as: fresh, payload: rewrap })).statusCode,
    ).toBe(200);
    // The litigator's browser seals the current epoch to the newcomer, who is awaited until then.
    expect(
      (await keysOf(w.litigatorOrg, w.litigator)).member?.awaiting.map((a) => a.userId),
    ).toEqual([fresh.userId]);
    const seal = await call(t, "POST", `/api/v1/organizations/${w.litigatorOrg}/keys/seals`, {
      as: w.litigator,
      payload: { epoch: 1, seals: [{ userId: fresh.userId, sealed: b64(144) }] },
    });
    expect(seal.statusCode, seal.body).toBe(200);
    expect((await keysOf(w.litigatorOrg, fresh)).member?.seal?.epoch).toBe(1);
    const other = personKeys();
    expectProblem(await call(t, "PUT", "/api/v1/me/keys", { as: fresh, payload: other }), 409);
    const reset = await call(t, "PUT", "/api/v1/me/keys", {
      as: fresh,
      payload: { ...other, reset: true },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await keysOf(w.litigatorOrg, fresh)).member?.seal).toBeNull();
  });

  it("shows partners an organisation's identity and epochs, and its people their own seal", async () => {
    const outside = await keysOf(w.ownerOrg, w.litigator);
    expect(outside).toMatchObject({ state: "ready", currentEpoch: 1 });
    expect(outside.identityPublicKey).toHaveLength(43);
    expect(outside.member).toBeUndefined();
    const inside = await keysOf(w.ownerOrg, w.colleague);
    expect(inside.member?.seal?.sealed).toHaveLength(192);
    expect(inside.member?.manages).toBe(false);
  });

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

  it("adds the counts an owner's browser contributes to statistics, for the audience it chose", async () => {
    const url = `/api/v1/organizations/${w.ownerOrg}/records/confidential-counts`;
    const counts = [
      { month: "2026-03", country: "YE", violationType: "abduction", count: 12 },
      { month: "2026-04", country: "YE", violationType: "abduction", count: 9 },
    ];
    const stats = async (as: SignedIn) => {
      const got = await call(
        t,
        "GET",
        `/api/v1/records/statistics?organizationId=${w.ownerOrg}&violationType=abduction`,
        { as },
      );
      expect(got.statusCode, got.body).toBe(200);
      return got.json() as { rows: string[]; grandTotal: number | null };
    };
    // The list tells those who record consent whether consent to statistics stands: what the
    // owner's browser counts. The colleague, a reader, is not told.
    const record = await made({ readerIds: [w.colleague.userId] });
    const listed = async (as: SignedIn) =>
      ConfidentialList.parse(
        (
          await call(t, "GET", `/api/v1/confidential-records?organizationId=${w.ownerOrg}`, {
            as,
          })
        ).json(),
      ).items.find((i) => i.id === record.id);
    expect((await listed(w.owner))?.statisticsConsent).toBe(false);
    for (const state of ["given", "withdrawn", "given"] as const) {
      const given = await call(t, "POST", `/api/v1/confidential-records/${record.id}/consents`, {
        as: w.owner,
        payload: { use: "statistics", state },
      });
      expect(given.statusCode, given.body).toBe(200);
      expect((await listed(w.owner))?.statisticsConsent).toBe(state === "given");
    }
    expect(await listed(w.colleague)).toBeDefined();
    expect((await listed(w.colleague))?.statisticsConsent).toBeUndefined();

    const before = await stats(w.owner);
    // A repeated cell is refused, and changes nothing.
    const repeated = await call(t, "PUT", url, {
      as: w.owner,
      payload: { counts: [counts[0], counts[0]] },
    });
    expectProblem(repeated, 422);
    expect(await stats(w.owner)).toEqual(before);
    // Only the owner's managers contribute; to outsiders the organisation's counts are unknown.
    expectProblem(await call(t, "PUT", url, { as: w.colleague, payload: { counts } }), 403);
    expectProblem(await call(t, "PUT", url, { as: w.litigator, payload: { counts } }), 404);
    const contributed = await call(t, "PUT", url, { as: w.owner, payload: { counts } });
    expect(contributed.statusCode, contributed.body).toBe(200);
    expect(contributed.json().contribution).toMatchObject({
      audience: "organization",
      cells: 2,
      total: 21,
    });
    const mine = await stats(w.owner);
    expect(mine.rows).toEqual(expect.arrayContaining(["2026-03", "2026-04"]));
    expect(mine.grandTotal).toBe((before.grandTotal ?? 0) + 21);
    // Meant for the organisation's own people: a partner's statistics do not hold them.
    expect((await stats(w.litigator)).rows).not.toContain("2026-03");
    const everyone = await call(t, "PUT", url, {
      as: w.owner,
      payload: { audience: "everyone", counts },
    });
    expect(everyone.statusCode, everyone.body).toBe(200);
    expect((await stats(w.litigator)).rows).toEqual(["2026-03", "2026-04"]);
  });
});
