import { randomBytes, randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { SignedIn } from "./actors.ts";
import {
  type Case,
  type Expected,
  type PrepareContext,
  managers,
  signedIn,
} from "./access-policy.ts";
import { call } from "./org-helpers.ts";

/*
 * Keys and confidential records (issue 15). The server cannot open what these routes carry,
 * so the cells send random bytes of the right sizes: what the table checks is who may start,
 * rotate and seal an organisation's keys, and who may fetch which ciphertext.
 */
const b64 = (bytes: number) => randomBytes(bytes).toString("base64url");
const personKeys = () => ({
  boxPublicKey: b64(32),
  signPublicKey: b64(32),
  passphrase: {
    kdf: { alg: "argon2id13", salt: b64(16), opsLimit: 3, memLimit: 64 * 1024 * 1024 },
    nonce: b64(24),
    ciphertext: b64(112),
  },
  recovery: { kdf: { alg: "recovery" }, nonce: b64(24), ciphertext: b64(112) },
  // The table's people are shared by every cell: each cell's keys replace the last cell's.
  reset: true,
});
const seal = (p: SignedIn) => ({ userId: p.userId, sealed: b64(144) });

async function setKeys(context: PrepareContext, who: SignedIn) {
  const put = await call(context.t, "PUT", "/api/v1/me/keys", { as: who, payload: personKeys() });
  expect(put.statusCode, put.body).toBe(200);
}

/** The owner's keys, and the organisation's keys started and sealed to the owner. */
async function started(context: PrepareContext) {
  const { t, world, owner } = context;
  await setKeys(context, owner);
  const made = await call(t, "POST", `/api/v1/organizations/${world.orgId}/keys`, {
    as: owner,
    payload: {
      identityPublicKey: b64(32),
      publicKey: b64(32),
      signature: b64(64),
      seals: [seal(owner)],
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  return { ownerId: owner.userId };
}

/** A confidential record the owner keeps, read only by the owner's managers. */
async function confidentialRecord(context: PrepareContext) {
  const extra = await started(context);
  const made = await call(context.t, "POST", "/api/v1/confidential-records", {
    as: context.owner,
    payload: newRecord(context.world.orgId),
  });
  expect(made.statusCode, made.body).toBe(201);
  return { ...extra, recordId: (made.json() as { id: string }).id };
}

async function withSealedFile(context: PrepareContext) {
  const extra = await confidentialRecord(context);
  const added = await call(
    context.t,
    "POST",
    `/api/v1/confidential-records/${extra.recordId}/files?nonce=${b64(24)}&header=${b64(120)}`,
    {
      as: context.owner,
      payload: randomBytes(2048),
      headers: { "content-type": "application/octet-stream" },
    },
  );
  expect(added.statusCode, added.body).toBe(201);
  return { ...extra, fileId: (added.json() as { id: string }).id };
}

const newRecord = (orgId: string) => ({
  id: randomUUID(),
  ownerOrganizationId: orgId,
  sealed: { nonce: b64(24), ciphertext: b64(400) },
  key: { epoch: 1, nonce: b64(24), ciphertext: b64(48) },
});

/** The owner's managers fetch it; to everyone else it does not exist. */
const recordManagers = (status: number): Expected => ({
  anonymous: 401,
  otherOrgMember: 404,
  member: 404,
  admin: status,
  owner: status,
  platformAdmin: 404,
});

export const keyCases: Case[] = [
  {
    route: "GET /api/v1/me/keys",
    request: () => ({ method: "GET", url: "/api/v1/me/keys" }),
    expected: signedIn(200),
  },
  {
    route: "PUT /api/v1/me/keys",
    request: () => ({ method: "PUT", url: "/api/v1/me/keys", payload: personKeys() }),
    expected: signedIn(200),
  },
  {
    route: "GET /api/v1/people/{userId}/keys",
    prepare: started,
    request: (w) => ({ method: "GET", url: `/api/v1/people/${w.extra.ownerId}/keys` }),
    // People who share an organisation with the owner; to others the person is unknown.
    expected: { ...recordManagers(200), member: 200 },
  },
  {
    route: "GET /api/v1/organizations/{id}/keys",
    prepare: started,
    request: (w) => ({ method: "GET", url: `/api/v1/organizations/${w.orgId}/keys` }),
    // Public keys, for partners to seal shares to: anyone signed in.
    expected: signedIn(200),
  },
  {
    route: "POST /api/v1/organizations/{id}/keys",
    prepare: async (context) => {
      await setKeys(context, context.owner);
      return { ownerId: context.owner.userId };
    },
    request: (w) => ({
      method: "POST",
      url: `/api/v1/organizations/${w.orgId}/keys`,
      payload: {
        identityPublicKey: b64(32),
        publicKey: b64(32),
        signature: b64(64),
        seals: [{ userId: w.extra.ownerId, sealed: b64(144) }],
      },
    }),
    expected: managers(201),
  },
  {
    route: "POST /api/v1/organizations/{id}/keys/epochs",
    prepare: started,
    request: (w) => ({
      method: "POST",
      url: `/api/v1/organizations/${w.orgId}/keys/epochs`,
      payload: {
        epoch: 2,
        publicKey: b64(32),
        signature: b64(64),
        previous: { nonce: b64(24), ciphertext: b64(48) },
        seals: [{ userId: w.extra.ownerId, sealed: b64(144) }],
      },
    }),
    expected: managers(201),
  },
  {
    route: "POST /api/v1/organizations/{id}/keys/seals",
    prepare: async (context) => {
      const extra = await started(context);
      await setKeys(context, context.world.target);
      return { ...extra, targetId: context.world.target.userId };
    },
    request: (w) => ({
      method: "POST",
      url: `/api/v1/organizations/${w.orgId}/keys/seals`,
      payload: { epoch: 1, seals: [{ userId: w.extra.targetId, sealed: b64(144) }] },
    }),
    // Any member may, but only one whose browser holds the epoch can: here only the owner.
    expected: { ...managers(200), member: 409, admin: 409 },
  },
  {
    route: "POST /api/v1/confidential-records",
    prepare: started,
    request: (w) => ({
      method: "POST",
      url: "/api/v1/confidential-records",
      payload: newRecord(w.orgId),
    }),
    // Any person of the organisation records for it; to others it is not theirs to add to.
    expected: { ...recordManagers(201), member: 201 },
  },
  {
    route: "GET /api/v1/confidential-records",
    prepare: confidentialRecord,
    request: () => ({ method: "GET", url: "/api/v1/confidential-records" }),
    // Anyone signed in may ask; each gets only what they may fetch, each fetch audited.
    expected: signedIn(200),
    audited: true,
  },
  {
    route: "GET /api/v1/confidential-records/{id}",
    prepare: confidentialRecord,
    request: (w) => ({ method: "GET", url: `/api/v1/confidential-records/${w.extra.recordId}` }),
    expected: recordManagers(200),
    audited: true,
  },
  {
    route: "PUT /api/v1/confidential-records/{id}",
    prepare: confidentialRecord,
    request: (w) => ({
      method: "PUT",
      url: `/api/v1/confidential-records/${w.extra.recordId}`,
      payload: { version: 1, sealed: { nonce: b64(24), ciphertext: b64(400) } },
    }),
    expected: recordManagers(200),
  },
  {
    route: "POST /api/v1/confidential-records/{id}/consents",
    prepare: confidentialRecord,
    request: (w) => ({
      method: "POST",
      url: `/api/v1/confidential-records/${w.extra.recordId}/consents`,
      payload: { use: "named_partners", state: "given", givenBy: "The person" },
    }),
    expected: recordManagers(200),
  },
  {
    route: "POST /api/v1/records/{id}/consents",
    variant: "confidential, by the readable route",
    prepare: confidentialRecord,
    request: (w) => ({
      method: "POST",
      url: `/api/v1/records/${w.extra.recordId}/consents`,
      payload: { use: "named_partners", state: "given" },
    }),
    // Like every readable route, it does not know a confidential record, and writes nothing.
    expected: { ...recordManagers(404), anonymous: 401 },
  },
  {
    route: "POST /api/v1/confidential-records/{id}/files",
    prepare: confidentialRecord,
    request: (w) => ({
      method: "POST",
      url: `/api/v1/confidential-records/${w.extra.recordId}/files?nonce=${b64(24)}&header=${b64(120)}`,
      payload: randomBytes(1024),
      headers: { "content-type": "application/octet-stream" },
    }),
    expected: recordManagers(201),
  },
  {
    route: "GET /api/v1/confidential-records/{id}/files/{fileId}",
    prepare: withSealedFile,
    request: (w) => ({
      method: "GET",
      url: `/api/v1/confidential-records/${w.extra.recordId}/files/${w.extra.fileId}`,
    }),
    expected: recordManagers(200),
    audited: true,
  },
];
