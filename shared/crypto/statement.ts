import { domains } from "./domains.ts";
import { CryptoRefused } from "./errors.ts";
import { b64, canonicalJson, unb64, utf8 } from "./encoding.ts";
import { publicKeyBytes, type PublicKeyInput } from "./keys-input.ts";
import { domainHash, type Sealed } from "./primitives.ts";
import { newContentKey, openJson, openSealedKey, sealJson, sealKeyTo } from "./record-box.ts";
import { sodium } from "./sodium.ts";

/** What the owner organisation signs when it shares a record: the recipient's browser checks it
 * before showing anything. Dates are ISO 8601 strings. */
export type ShareStatement = {
  recordId: string;
  ownerOrganizationId: string;
  toOrganizationId: string;
  agreementId: string;
  agreementVersion: number;
  purpose: string;
  expiresAt: string | null;
  onwardRule: string;
  /** For an onward rule naming a coalition. */
  onwardCoalitionId?: string | null;
  recipientEpoch: number;
  payloadHash: string;
  issuedAt: string;
};

/** Everything a share stores: the share key sealed to the recipient's epoch, the agreed fields
 * encrypted under it, and the signed statement. */
export type SharePackage = {
  sealedKey: string;
  payload: Sealed;
  statement: ShareStatement;
  signature: string;
};

const sharePadding = 256;

/** The exact bytes a statement signature covers. */
export const statementMessage = (statement: ShareStatement) =>
  canonicalJson({ domain: domains.shareStatement, ...statement });

export function signStatement(statement: ShareStatement, identitySecret: Uint8Array): string {
  return b64(sodium().crypto_sign_detached(utf8(statementMessage(statement)), identitySecret));
}

/** Whether `identityPublic` signed exactly this statement; never throws. */
export function verifyStatement(
  statement: ShareStatement,
  signature: string,
  identityPublic: PublicKeyInput,
): boolean {
  try {
    const s = sodium();
    const bytes = unb64(signature, s.crypto_sign_BYTES);
    return s.crypto_sign_verify_detached(
      bytes,
      utf8(statementMessage(statement)),
      publicKeyBytes(identityPublic),
    );
  } catch {
    return false;
  }
}

/** BLAKE2b-256 over the sealed key and the encrypted payload (nonce and ciphertext). */
export function payloadHash(sealedKey: string, payload: Sealed): string {
  const parts = [unb64(sealedKey), unb64(payload.nonce), unb64(payload.ciphertext)];
  return b64(domainHash(32, domains.sharePayload, parts));
}

const shareAd = (
  s: Pick<ShareStatement, "recordId" | "ownerOrganizationId" | "toOrganizationId">,
) =>
  canonicalJson({
    domain: domains.share,
    recordId: s.recordId,
    ownerOrganizationId: s.ownerOrganizationId,
    toOrganizationId: s.toOrganizationId,
  });

/**
 * Shares the agreed fields (`content`, only what the agreement lets the recipient see) under a
 * fresh key sealed to the recipient organisation's current epoch, and signs the statement with
 * the owner organisation's identity.
 */
export function shareRecord(input: {
  content: unknown;
  statement: Omit<ShareStatement, "payloadHash">;
  recipientEpochPublic: PublicKeyInput;
  identitySecret: Uint8Array;
}): SharePackage {
  const shareKey = newContentKey();
  const payload = sealJson(input.content, shareKey, shareAd(input.statement), sharePadding);
  const sealedKey = sealKeyTo(shareKey, input.recipientEpochPublic);
  sodium().memzero(shareKey);
  const statement: ShareStatement = {
    ...input.statement,
    payloadHash: payloadHash(sealedKey, payload),
  };
  return {
    sealedKey,
    payload,
    statement,
    signature: signStatement(statement, input.identitySecret),
  };
}

/**
 * Opens a share after checking, in order: the owner's signature (under the identity key the
 * browser trusts for `expected.ownerOrganizationId`), that the statement names this record,
 * owner, recipient and epoch, and that the payload is the one signed. Expiry is the caller's
 * to judge from `statement.expiresAt`.
 */
export function openShare(
  share: SharePackage,
  keys: {
    ownerIdentityPublic: PublicKeyInput;
    recipientEpoch: { epoch: number; publicKey: PublicKeyInput; secretKey: Uint8Array };
  },
  expected: { ownerOrganizationId: string; toOrganizationId: string; recordId?: string },
): { statement: ShareStatement; content: unknown } {
  const { statement } = share;
  if (!verifyStatement(statement, share.signature, keys.ownerIdentityPublic)) {
    throw new CryptoRefused("bad-signature", "share statement");
  }
  if (
    statement.ownerOrganizationId !== expected.ownerOrganizationId ||
    statement.toOrganizationId !== expected.toOrganizationId ||
    (expected.recordId !== undefined && statement.recordId !== expected.recordId) ||
    statement.recipientEpoch !== keys.recipientEpoch.epoch
  ) {
    throw new CryptoRefused("tampered", "the statement is about another share");
  }
  if (payloadHash(share.sealedKey, share.payload) !== statement.payloadHash) {
    throw new CryptoRefused("tampered", "the payload is not the one signed");
  }
  const shareKey = openSealedKey(share.sealedKey, keys.recipientEpoch);
  try {
    return {
      statement,
      content: openJson(share.payload, shareKey, shareAd(statement), sharePadding),
    };
  } finally {
    sodium().memzero(shareKey);
  }
}
