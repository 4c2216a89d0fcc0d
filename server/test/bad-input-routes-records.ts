import { attachmentMaxBytes } from "../../shared/records/api.ts";
import { sealedUploadMaxBytes } from "../../shared/records/confidential-api.ts";
import { type WriteRoute, route } from "./bad-input-route.ts";
import { incidentFields } from "../modules/records/records.fixtures.ts";

/**
 * The records routes of the bad-input table, in the order of records.routes.ts. The record
 * is public, so that reading it (the GET fuzz) writes no audit entry and changes nothing.
 */
/** A base64 value of `n` bytes, as the browser sends them (URL-safe, unpadded). */
const bytes = (n: number) => "A".repeat(Math.ceil((n * 4) / 3));

export const recordWriteRoutes: WriteRoute[] = [
  route("POST", "/api/v1/records", {
    validBody: {
      kind: "incident",
      ownerOrganizationId: "{{organizationId}}",
      classification: "public",
      fields: incidentFields(),
    },
    textFields: ["kind", "ownerOrganizationId", "classification"],
  }),
  route("POST", "/api/v1/organizations/:id/records/import", {
    validBody: {
      csv: "occurredOn,country,violationTypes\r\n2026-03-01,YE,killing|abduction\r\n",
      classification: "public",
    },
    textFields: ["csv", "classification"],
  }),
  route("PATCH", "/api/v1/records/:id", {
    validBody: { version: 1, fields: incidentFields({ placeText: "South gate of the market" }) },
  }),
  route("POST", "/api/v1/records/:id/files", { binary: true, bodyLimit: attachmentMaxBytes }),
  route("DELETE", "/api/v1/records/:id"),
  route("POST", "/api/v1/records/:id/consents", {
    validBody: { use: "named_partners", state: "given", givenBy: "The person, in writing" },
    textFields: ["use", "state", "givenBy"],
  }),
  route("POST", "/api/v1/organizations/:id/audit/checkpoint/check", {
    validBody: {
      treeSize: 1,
      headHash: "a".repeat(64),
      at: "2026-12-07T10:00:00.000Z",
      signature: "A".repeat(86) + "==",
    },
    textFields: ["headHash", "at", "signature"],
  }),
  // Keys and confidential records (issue 15): bytes of the right sizes, which the server cannot open.
  route("PUT", "/api/v1/me/keys", {
    validBody: {
      boxPublicKey: bytes(32),
      signPublicKey: bytes(32),
      passphrase: {
        kdf: { alg: "argon2id13", salt: bytes(16), opsLimit: 3, memLimit: 67108864 },
        nonce: bytes(24),
        ciphertext: bytes(112),
      },
      recovery: { kdf: { alg: "recovery" }, nonce: bytes(24), ciphertext: bytes(112) },
      reset: true,
    },
    textFields: ["boxPublicKey", "signPublicKey"],
  }),
  route("POST", "/api/v1/organizations/:id/keys", {
    validBody: {
      identityPublicKey: bytes(32),
      publicKey: bytes(32),
      signature: bytes(64),
      seals: [{ userId: "{{ownerId}}", sealed: bytes(144) }],
    },
    textFields: ["identityPublicKey", "publicKey", "signature"],
  }),
  route("POST", "/api/v1/organizations/:id/keys/epochs", {
    validBody: {
      epoch: 2,
      publicKey: bytes(32),
      signature: bytes(64),
      previous: { nonce: bytes(24), ciphertext: bytes(48) },
      seals: [{ userId: "{{ownerId}}", sealed: bytes(144) }],
    },
    textFields: ["publicKey", "signature"],
  }),
  route("POST", "/api/v1/organizations/:id/keys/seals", {
    validBody: { epoch: 1, seals: [{ userId: "{{memberId}}", sealed: bytes(144) }] },
  }),
  route("POST", "/api/v1/confidential-records", {
    validBody: {
      id: "0193a5f0-0000-7000-8000-00000000c0de",
      ownerOrganizationId: "{{organizationId}}",
      sealed: { nonce: bytes(24), ciphertext: bytes(400) },
      key: { epoch: 1, nonce: bytes(24), ciphertext: bytes(48) },
    },
    textFields: ["id", "ownerOrganizationId"],
  }),
  route("PUT", "/api/v1/confidential-records/:id", {
    validBody: { version: 1, sealed: { nonce: bytes(24), ciphertext: bytes(400) } },
  }),
  route("POST", "/api/v1/confidential-records/:id/consents", {
    validBody: { use: "named_partners", state: "given", givenBy: "The person, in writing" },
    textFields: ["use", "state", "givenBy"],
  }),
  route("POST", "/api/v1/confidential-records/:id/files", {
    binary: true,
    bodyLimit: sealedUploadMaxBytes,
  }),
];
