import { randomUUID } from "node:crypto";
import * as crypto from "../shared/crypto/index.ts";
import type { ApiClient } from "./api-client.ts";

/*
 * Keys and confidential records made through the API from Node, with the same shared/crypto
 * the browser uses: what a person's browser would have done on the keys page, so a journey
 * can start from keys that exist. The passphrase is the one the browser then unlocks with.
 */

/** A light Argon2id for set-up only (the server takes OWASP's minimum and up). */
const quickKdf = { opsLimit: 2, memLimit: 19 * 1024 * 1024 };

export type PersonWithKeys = { userId: string; keys: crypto.PersonKeys };

/** The signed-in person's keys, wrapped under `passphrase` and a recovery key that is dropped. */
export async function setUpPersonKeys(
  client: ApiClient,
  passphrase: string,
): Promise<PersonWithKeys> {
  await crypto.loadSodium();
  const me = await client.GET("/api/v1/me");
  const keys = crypto.makePersonKeys();
  const recovery = crypto.makeRecoveryKey();
  await client.PUT("/api/v1/me/keys", {
    body: {
      ...(() => {
        const wire = crypto.publicKeysToWire(keys);
        return { boxPublicKey: wire.boxPublic, signPublicKey: wire.signPublic };
      })(),
      passphrase: crypto.wrapWithPassphrase(keys, passphrase, me.id, quickKdf) as never,
      recovery: crypto.wrapWithRecoveryKey(keys, recovery.key, me.id) as never,
    },
  });
  return { userId: me.id, keys };
}

export type OrganizationSecrets = {
  organizationId: string;
  identity: crypto.OrganizationIdentity;
  epoch: number;
  epochSecret: Uint8Array;
  epochPublic: Uint8Array;
};

/** Starts an organisation's keys (identity and epoch 1), sealed to the people given. */
export async function startOrganizationKeys(
  client: ApiClient,
  organizationId: string,
  members: PersonWithKeys[],
): Promise<OrganizationSecrets> {
  await crypto.loadSodium();
  const identity = crypto.makeOrganizationIdentity();
  const epoch = crypto.makeEpoch({ organizationId, epoch: 1, identitySecret: identity.secretKey });
  await client.POST("/api/v1/organizations/{id}/keys", {
    params: { path: { id: organizationId } },
    body: {
      identityPublicKey: crypto.b64(identity.publicKey),
      publicKey: crypto.b64(epoch.publicKey),
      signature: epoch.signature,
      seals: members.map((m) => ({
        userId: m.userId,
        sealed: crypto.sealEpochToMember({
          epochSecret: epoch.secretKey,
          identitySecret: identity.secretKey,
          memberBoxPublic: m.keys.boxPublic,
        }),
      })),
    },
  });
  return {
    organizationId,
    identity,
    epoch: 1,
    epochSecret: epoch.secretKey,
    epochPublic: epoch.publicKey,
  };
}

/** A confidential record of `kind` with `fields`, sealed as the browser seals it. */
export async function makeConfidentialRecord(
  client: ApiClient,
  org: OrganizationSecrets,
  content: { kind: string; fields: Record<string, unknown> },
  files: { name: string; mediaType: string; bytes: Uint8Array }[] = [],
) {
  await crypto.loadSodium();
  const id = randomUUID();
  const contentKey = crypto.newContentKey();
  const binding = { recordId: id, ownerOrganizationId: org.organizationId };
  await client.POST("/api/v1/confidential-records", {
    body: {
      id,
      ownerOrganizationId: org.organizationId,
      sealed: crypto.sealRecord(content, contentKey, { ...binding, version: 1 }),
      key: {
        epoch: org.epoch,
        ...crypto.wrapContentKey(contentKey, org.epochSecret, { ...binding, epoch: org.epoch }),
      },
    },
  });
  for (const file of files) {
    const fileId = randomUUID();
    const fileKey = crypto.newFileKey();
    const header = crypto.sealFileHeader(
      {
        name: file.name,
        mediaType: file.mediaType,
        size: file.bytes.length,
        sha256: crypto.sha256(file.bytes),
        fileKey,
      },
      contentKey,
      { recordId: id, fileId },
    );
    await client.POST("/api/v1/confidential-records/{id}/files", {
      params: {
        path: { id },
        query: { nonce: header.nonce, header: header.ciphertext, fileId },
      },
      body: crypto.encryptBytes(file.bytes, fileKey, fileId) as never,
      bodySerializer: (body: unknown) => body,
      headers: { "content-type": "application/octet-stream" },
    });
  }
  return { id, contentKey };
}
