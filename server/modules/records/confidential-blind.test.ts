import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as c from "../../../shared/crypto/index.ts";
import { OrganizationKeys } from "../../../shared/keys/api.ts";
import { AgreementView } from "../../../shared/records/agreements-api.ts";
import { ConfidentialRecordView } from "../../../shared/records/confidential-api.ts";
import type { SignedIn } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";
import {
  byteWindows,
  everyRowAsText,
  expectBlind,
  fileStoreBytes,
  pgDump,
  pgliteDump,
} from "../../test/server-blind.ts";
import { type RecordWorld, incidentFields, recordWorld } from "./records.fixtures.ts";

/*
 * The server cannot read what it keeps (issue 15). Confidential records, a file and a share
 * are made as a browser makes them (shared/crypto, the code the browser runs), then the
 * whole database is dumped (pg_dump; PGlite's data directory and every row as text) and the
 * file store read byte by byte: no plaintext field, no run of the file's bytes and not its
 * SHA-256 may appear. A readable record and file made beside them are the control: the same
 * search finds those, so a clean result means something.
 */
const secret = {
  title: "Testimony of Samira Haddad at the Al-Mina clinic",
  description: "Samira Haddad saw the convoy stop at the Al-Mina clinic gate at dawn.",
  witness: "Yusuf Karimi, brother of the detainee",
  place: "Al-Mina clinic, east gate",
};
const control = "Plainly readable control note 7c1e";
const fileBytes = Buffer.concat([
  randomBytes(150_000),
  Buffer.from("EVIDENCE-PHOTO-MARKER-93f2"),
  randomBytes(50_000),
]);
const controlFile = Buffer.concat([Buffer.from("CONTROL-FILE-MARKER-51ab"), randomBytes(4_000)]);

describe.each(backends)("the server keeps nothing it can read (%s)", (backend) => {
  let t: TestApp;
  let w: RecordWorld;
  const people = new Map<string, c.PersonKeys>();
  const orgs = new Map<
    string,
    { identity: { publicKey: Uint8Array; secretKey: Uint8Array }; epoch: c.Epoch }
  >();

  async function keysFor(who: SignedIn) {
    const keys = c.makePersonKeys();
    people.set(who.userId, keys);
    const put = await call(t, "PUT", "/api/v1/me/keys", {
      as: who,
      payload: {
        boxPublicKey: c.b64(keys.boxPublic),
        signPublicKey: c.b64(keys.signPublic),
        passphrase: c.wrapWithPassphrase(keys, "correct horse battery staple", who.userId),
        recovery: c.wrapWithRecoveryKey(keys, c.makeRecoveryKey().key, who.userId),
      },
    });
    expect(put.statusCode, put.body).toBe(200);
  }

  async function startOrganization(who: SignedIn, organizationId: string) {
    const identity = c.makeOrganizationIdentity();
    const epoch = c.makeEpoch({ organizationId, epoch: 1, identitySecret: identity.secretKey });
    orgs.set(organizationId, { identity, epoch });
    const started = await call(t, "POST", `/api/v1/organizations/${organizationId}/keys`, {
      as: who,
      payload: {
        identityPublicKey: c.b64(identity.publicKey),
        publicKey: c.b64(epoch.publicKey),
        signature: epoch.signature,
        seals: [
          {
            userId: who.userId,
            sealed: c.sealEpochToMember({
              epochSecret: epoch.secretKey,
              identitySecret: identity.secretKey,
              memberBoxPublic: people.get(who.userId)!.boxPublic,
            }),
          },
        ],
      },
    });
    expect(started.statusCode, started.body).toBe(201);
  }

  beforeAll(async () => {
    await c.loadSodium();
    t = await createTestApp(backend);
    w = await recordWorld(t);
    await keysFor(w.owner);
    await keysFor(w.litigator);
    await startOrganization(w.owner, w.ownerOrg);
    await startOrganization(w.litigator, w.litigatorOrg);

    // A confidential incident with a photo, as the owner's browser makes it.
    const recordId = randomUUID();
    const owner = orgs.get(w.ownerOrg)!;
    const contentKey = c.newContentKey();
    const content = { kind: "incident", ...incidentFields(), ...secret };
    const made = await call(t, "POST", "/api/v1/confidential-records", {
      as: w.owner,
      payload: {
        id: recordId,
        ownerOrganizationId: w.ownerOrg,
        sealed: c.sealRecord(content, contentKey, {
          recordId,
          version: 1,
          ownerOrganizationId: w.ownerOrg,
        }),
        key: {
          epoch: 1,
          ...c.wrapContentKey(contentKey, owner.epoch.secretKey, {
            recordId,
            ownerOrganizationId: w.ownerOrg,
            epoch: 1,
          }),
        },
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const fileId = randomUUID();
    const fileKey = c.newFileKey();
    const header = c.sealFileHeader(
      {
        name: "samira-haddad-testimony.jpg",
        mediaType: "image/jpeg",
        size: fileBytes.length,
        sha256: c.sha256(fileBytes),
        fileKey,
      },
      contentKey,
      { recordId, fileId },
    );
    const upload = await call(
      t,
      "POST",
      `/api/v1/confidential-records/${recordId}/files?nonce=${header.nonce}&header=${header.ciphertext}`,
      {
        as: w.owner,
        headers: { "content-type": "application/octet-stream" },
        payload: Buffer.from(c.encryptBytes(fileBytes, fileKey, fileId)),
      },
    );
    expect(upload.statusCode, upload.body).toBe(201);

    // Shared with the litigator under an agreement, sealed to its epoch.
    const agreement = await call(t, "POST", "/api/v1/agreements", {
      as: w.owner,
      payload: {
        title: "Evidence for the regional court",
        purpose: "Cases before the regional court.",
        dataCategories: ["incidents"],
        fields: ["occurredOn", "country", "description"],
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
    await call(t, "POST", `/api/v1/confidential-records/${recordId}/consents`, {
      as: w.owner,
      payload: { use: "named_partners", state: "given" },
    });
    const recipient = OrganizationKeys.parse(
      (
        await call(t, "GET", `/api/v1/organizations/${w.litigatorOrg}/keys`, { as: w.owner })
      ).json(),
    );
    const share = c.shareRecord({
      content: {
        description: secret.description,
        occurredOn: content.occurredOn,
        country: content.country,
      },
      statement: {
        recordId,
        ownerOrganizationId: w.ownerOrg,
        toOrganizationId: w.litigatorOrg,
        agreementId,
        agreementVersion: 1,
        purpose: "Cases before the regional court.",
        expiresAt: null,
        onwardRule: "none",
        recipientEpoch: 1,
        issuedAt: new Date().toISOString(),
      },
      recipientEpochPublic: recipient.epochs[0]!.publicKey,
      identitySecret: owner.identity.secretKey,
    });
    const granted = await call(t, "POST", `/api/v1/records/${recordId}/grants`, {
      as: w.owner,
      payload: { agreementId, toOrganizationId: w.litigatorOrg, sealedShare: share },
    });
    expect(granted.statusCode, granted.body).toBe(201);

    // The litigator's "browser" opens the share: what the server serves is enough for it.
    const seen = ConfidentialRecordView.parse(
      (
        await call(t, "GET", `/api/v1/confidential-records/${recordId}`, { as: w.litigator })
      ).json(),
    );
    const litigator = orgs.get(w.litigatorOrg)!;
    const opened = c.openShare(
      seen.shares![0]!,
      {
        ownerIdentityPublic: owner.identity.publicKey,
        recipientEpoch: {
          epoch: 1,
          publicKey: litigator.epoch.publicKey,
          secretKey: litigator.epoch.secretKey,
        },
      },
      { ownerOrganizationId: w.ownerOrg, toOrganizationId: w.litigatorOrg, recordId },
    );
    expect(opened.content).toMatchObject({ description: secret.description });

    // The control: a readable record and its file, which the server does keep in clear.
    const readable = await call(t, "POST", "/api/v1/records", {
      as: w.owner,
      payload: {
        kind: "incident",
        ownerOrganizationId: w.ownerOrg,
        fields: incidentFields({ placeText: control }),
      },
    });
    expect(readable.statusCode, readable.body).toBe(201);
    const plainFile = await call(
      t,
      "POST",
      `/api/v1/records/${readable.json().id}/files?name=control.bin`,
      {
        as: w.owner,
        headers: { "content-type": "application/octet-stream" },
        payload: controlFile,
      },
    );
    expect(plainFile.statusCode, plainFile.body).toBe(201);
  });
  afterAll(() => t.close());

  /** Every plaintext of the confidential record, as the bytes a dump would hold them in. */
  const needles = () => [
    ...Object.values(secret).map((text) => Buffer.from(text)),
    Buffer.from("samira-haddad-testimony.jpg"),
    Buffer.from(c.sha256(fileBytes)),
    ...byteWindows(fileBytes),
  ];
  it("leaves no plaintext in a dump of the database", async () => {
    if (backend === "postgres") {
      expectBlind(pgDump(t.database.raw.url!), needles(), "pg_dump", control);
    } else {
      const dir = await pgliteDump(t.database.raw.pglite!);
      expect(dir.length).toBeGreaterThan(1_000_000);
      expectBlind(dir, needles(), "PGlite's data directory");
      expectBlind(await everyRowAsText(t.services.db), needles(), "every row as text", control);
    }
  });

  it("gives a removed member nothing made after the next epoch, even with the ciphertext in hand", async () => {
    const owner = orgs.get(w.ownerOrg)!;
    await keysFor(w.colleague);
    const sealed = c.sealEpochToMember({
      epochSecret: owner.epoch.secretKey,
      identitySecret: owner.identity.secretKey,
      memberBoxPublic: people.get(w.colleague.userId)!.boxPublic,
    });
    const seal = await call(t, "POST", `/api/v1/organizations/${w.ownerOrg}/keys/seals`, {
      as: w.owner,
      payload: { epoch: 1, seals: [{ userId: w.colleague.userId, sealed }] },
    });
    expect(seal.statusCode, seal.body).toBe(200);
    // What the colleague's browser held while a member: epoch 1.
    const held = c.openEpochSeal(sealed, people.get(w.colleague.userId)!, {
      identityPublic: owner.identity.publicKey,
      epochPublic: owner.epoch.publicKey,
    });
    const removed = await call(
      t,
      "DELETE",
      `/api/v1/organizations/${w.ownerOrg}/members/${w.colleague.userId}`,
      { as: w.owner },
    );
    expect(removed.statusCode, removed.body).toBe(204);
    const next = c.makeEpoch({
      organizationId: w.ownerOrg,
      epoch: 2,
      identitySecret: owner.identity.secretKey,
      previousSecret: owner.epoch.secretKey,
    });
    const rotated = await call(t, "POST", `/api/v1/organizations/${w.ownerOrg}/keys/epochs`, {
      as: w.owner,
      payload: {
        epoch: 2,
        publicKey: c.b64(next.publicKey),
        signature: next.signature,
        previous: next.previous,
        seals: [
          {
            userId: w.owner.userId,
            sealed: c.sealEpochToMember({
              epochSecret: next.secretKey,
              identitySecret: owner.identity.secretKey,
              memberBoxPublic: people.get(w.owner.userId)!.boxPublic,
            }),
          },
        ],
      },
    });
    expect(rotated.statusCode, rotated.body).toBe(201);
    const recordId = randomUUID();
    const contentKey = c.newContentKey();
    const binding = { recordId, ownerOrganizationId: w.ownerOrg, epoch: 2 };
    const made = await call(t, "POST", "/api/v1/confidential-records", {
      as: w.owner,
      payload: {
        id: recordId,
        ownerOrganizationId: w.ownerOrg,
        sealed: c.sealRecord({ kind: "incident", fields: secret }, contentKey, {
          recordId,
          version: 1,
          ownerOrganizationId: w.ownerOrg,
        }),
        key: { epoch: 2, ...c.wrapContentKey(contentKey, next.secretKey, binding) },
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    // The server gives the removed person nothing of it.
    const asked = await call(t, "GET", `/api/v1/confidential-records/${recordId}`, {
      as: w.colleague,
    });
    expect(asked.statusCode).toBe(404);
    // And the ciphertext itself (a copy of the database) does not open with what they held.
    const view = ConfidentialRecordView.parse(
      (await call(t, "GET", `/api/v1/confidential-records/${recordId}`, { as: w.owner })).json(),
    );
    expect(() => c.unwrapContentKey(view.key!, held.epochSecret, binding)).toThrow(
      expect.objectContaining({ name: "CryptoRefused" }),
    );
    // The owner, sealed epoch 2 only, still walks back to epoch 1's records.
    expect(
      c.openPrevious({
        organizationId: w.ownerOrg,
        epoch: 2,
        previous: next.previous!,
        epochSecret: next.secretKey,
      }),
    ).toEqual(owner.epoch.secretKey);
  });

  it("leaves no plaintext in the file store", () => {
    const store = fileStoreBytes(
      t.config.fileStore.kind === "local" ? t.config.fileStore.root : "",
    );
    expect(store.files).toBeGreaterThanOrEqual(2);
    expectBlind(store.bytes, needles(), "the file store", "CONTROL-FILE-MARKER-51ab");
  });
});
