import { domains } from "./domains.ts";
import { CryptoRefused } from "./errors.ts";
import { b64, canonicalJson, fromUtf8, unb64, utf8 } from "./encoding.ts";
import { publicKeyBytes, type PublicKeyInput } from "./keys-input.ts";
import { aeadOpen, aeadSeal, type Sealed } from "./primitives.ts";
import { sodium } from "./sodium.ts";

/** What a record's ciphertext is bound to: moved to another record, version or owner, it fails. */
export type RecordBinding = { recordId: string; version: number; ownerOrganizationId: string };
export type FileBinding = { recordId: string; fileId: string };

/** An attachment's details, encrypted under the record's content key; the server sees none. */
export type FileHeader = {
  name: string;
  mediaType: string;
  size: number;
  /** SHA-256 of the plaintext, URL-safe base64. */
  sha256: string;
  /** The attachment's own secretstream key. */
  fileKey: Uint8Array;
};

// Plaintext is padded to a multiple of these sizes so ciphertext lengths say little about
// the length of a title or a file name.
const recordPadding = 256;
const headerPadding = 64;

export function newContentKey(): Uint8Array {
  return sodium().crypto_aead_xchacha20poly1305_ietf_keygen();
}

const recordAd = (b: RecordBinding) => {
  if (!Number.isSafeInteger(b.version)) throw new CryptoRefused("malformed", "record version");
  return canonicalJson({
    domain: domains.record,
    recordId: b.recordId,
    version: b.version,
    ownerOrganizationId: b.ownerOrganizationId,
  });
};

const fileAd = (b: FileBinding) =>
  canonicalJson({ domain: domains.fileHeader, recordId: b.recordId, fileId: b.fileId });

/** Encrypts any JSON value (the record's fields, its title included). */
export function sealRecord(content: unknown, key: Uint8Array, binding: RecordBinding): Sealed {
  return sealJson(content, key, recordAd(binding), recordPadding);
}

export function openRecord(sealed: Sealed, key: Uint8Array, binding: RecordBinding): unknown {
  return openJson(sealed, key, recordAd(binding), recordPadding);
}

/** Which record and epoch a wrapped content key belongs to. */
export type ContentKeyBinding = { recordId: string; ownerOrganizationId: string; epoch: number };

/**
 * The key an epoch's secret wraps content keys under. Only members hold the epoch secret, so
 * only they can wrap a content key: a server cannot plant a record its members would open
 * as their own (an anonymous seal to the epoch's public key would let anyone).
 */
function contentKeyWrapping(epochSecret: Uint8Array): Uint8Array {
  if (epochSecret.length !== 32)
    throw new CryptoRefused("malformed", "an epoch secret is 32 bytes");
  return sodium().crypto_generichash(32, utf8(domains.contentKey), epochSecret);
}

const contentKeyAd = (b: ContentKeyBinding) => {
  if (!Number.isSafeInteger(b.epoch)) throw new CryptoRefused("malformed", "epoch");
  return canonicalJson({
    domain: domains.contentKey,
    recordId: b.recordId,
    ownerOrganizationId: b.ownerOrganizationId,
    epoch: b.epoch,
  });
};

/** A record's content key, encrypted under its owner's epoch secret. */
export function wrapContentKey(
  contentKey: Uint8Array,
  epochSecret: Uint8Array,
  binding: ContentKeyBinding,
): Sealed {
  if (contentKey.length !== 32) throw new CryptoRefused("malformed", "a content key is 32 bytes");
  return aeadSeal(contentKey, contentKeyWrapping(epochSecret), contentKeyAd(binding));
}

export function unwrapContentKey(
  wrapped: Sealed,
  epochSecret: Uint8Array,
  binding: ContentKeyBinding,
): Uint8Array {
  const key = aeadOpen(wrapped, contentKeyWrapping(epochSecret), contentKeyAd(binding), "tampered");
  if (key.length !== 32) throw new CryptoRefused("tampered", "a content key is 32 bytes");
  return key;
}

/** Anonymous sealed box (X25519 + XSalsa20-Poly1305) of a 32-byte key to a recipient. */
export function sealKeyTo(key: Uint8Array, recipientBoxPublic: PublicKeyInput): string {
  return b64(sodium().crypto_box_seal(key, publicKeyBytes(recipientBoxPublic)));
}

export function openSealedKey(
  sealed: string,
  recipient: { publicKey: PublicKeyInput; secretKey: Uint8Array },
): Uint8Array {
  const s = sodium();
  const bytes = unb64(sealed);
  let key: Uint8Array;
  try {
    key = s.crypto_box_seal_open(bytes, publicKeyBytes(recipient.publicKey), recipient.secretKey);
  } catch {
    throw new CryptoRefused("tampered", "the sealed key does not open with these keys");
  }
  if (key.length !== 32) throw new CryptoRefused("tampered", "a sealed key is 32 bytes");
  return key;
}

export function sealFileHeader(
  header: FileHeader,
  contentKey: Uint8Array,
  binding: FileBinding,
): Sealed {
  const wire = { ...header, fileKey: b64(header.fileKey) };
  return sealJson(wire, contentKey, fileAd(binding), headerPadding);
}

export function openFileHeader(
  sealed: Sealed,
  contentKey: Uint8Array,
  binding: FileBinding,
): FileHeader {
  const value = openJson(sealed, contentKey, fileAd(binding), headerPadding);
  const h = value as Record<string, unknown> | null;
  if (
    typeof h !== "object" ||
    h === null ||
    typeof h.name !== "string" ||
    typeof h.mediaType !== "string" ||
    !Number.isSafeInteger(h.size) ||
    typeof h.sha256 !== "string" ||
    typeof h.fileKey !== "string"
  ) {
    throw new CryptoRefused("malformed", "file header");
  }
  return {
    name: h.name,
    mediaType: h.mediaType,
    size: h.size as number,
    sha256: h.sha256,
    fileKey: unb64(h.fileKey, 32),
  };
}

export function sealJson(value: unknown, key: Uint8Array, ad: string, padTo: number): Sealed {
  const json = JSON.stringify(value);
  if (json === undefined) throw new CryptoRefused("malformed", "not a JSON value");
  return aeadSeal(sodium().pad(utf8(json), padTo), key, ad);
}

export function openJson(sealed: Sealed, key: Uint8Array, ad: string, padTo: number): unknown {
  const padded = aeadOpen(sealed, key, ad, "tampered");
  let bytes: Uint8Array;
  try {
    bytes = sodium().unpad(padded, padTo);
  } catch {
    throw new CryptoRefused("malformed", "bad padding");
  }
  try {
    return JSON.parse(fromUtf8(bytes));
  } catch (error) {
    if (error instanceof CryptoRefused) throw error;
    throw new CryptoRefused("malformed", "not JSON");
  }
}
