import { randomBytes, randomUUID } from "node:crypto";
import { expect } from "vitest";
import { OrganizationKeys } from "../../../shared/keys/api.ts";
import { ConfidentialRecordView } from "../../../shared/records/confidential-api.ts";
import type { SignedIn } from "../../test/actors.ts";
import type { TestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";
import { type RecordWorld, recordWorld } from "./records.fixtures.ts";

/*
 * The server's side of confidential records (issue 15), as its tests set it up. The server
 * cannot open what it keeps, so these send random bytes of the right sizes: what is checked is
 * who may fetch which ciphertext, that epochs follow each other and a removed member's seals
 * go, and that a share says what its grant says. The browser's encryption is tested with
 * shared/crypto, and end to end in confidential-blind.test.ts.
 */
export const b64 = (bytes: number) => randomBytes(bytes).toString("base64url");
export const wrapped = (alg: "argon2id13" | "recovery") => ({
  kdf:
    alg === "argon2id13"
      ? { alg, salt: b64(16), opsLimit: 3, memLimit: 64 * 1024 * 1024 }
      : { alg },
  nonce: b64(24),
  ciphertext: b64(112),
});
export const personKeys = () => ({
  boxPublicKey: b64(32),
  signPublicKey: b64(32),
  passphrase: wrapped("argon2id13"),
  recovery: wrapped("recovery"),
});
/** A refusal's body, less the address it answers (which names the id asked for). */
export const withoutInstance = (answer: { json(): Record<string, unknown> }) => {
  const { instance: _instance, ...body } = answer.json();
  return body;
};
export const octets = { "content-type": "application/octet-stream" };
export const sealed = (bytes = 600) => ({ nonce: b64(24), ciphertext: b64(bytes) });

/**
 * The records world with keys: everyone has person keys, the owner organisation's epoch 1 is
 * sealed to the owner and the colleague, the litigator's to the litigator.
 */
export async function confidentialWorld(t: TestApp) {
  const w: RecordWorld = await recordWorld(t);
  const epochOf: Record<string, number> = {};
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
  /** A record the owner made; answers its view. */
  const made = async (body: Record<string, unknown> = {}) => {
    const answer = await create(w.owner, body);
    expect(answer.statusCode, answer.body).toBe(201);
    return ConfidentialRecordView.parse(answer.json());
  };
  return { w, epochOf, keysOf, create, made };
}
export type ConfidentialWorld = Awaited<ReturnType<typeof confidentialWorld>>;
