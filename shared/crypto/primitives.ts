import { CryptoRefused, type RefusalReason } from "./errors.ts";
import { b64, unb64, utf8 } from "./encoding.ts";
import { sodium } from "./sodium.ts";

/** An XChaCha20-Poly1305-IETF ciphertext as stored: both fields URL-safe base64. */
export type Sealed = { nonce: string; ciphertext: string };

/** Encrypts under a 32-byte key with a fresh random 24-byte nonce (safe to draw at random). */
export function aeadSeal(plaintext: Uint8Array, key: Uint8Array, ad: string): Sealed {
  const s = sodium();
  const nonce = s.randombytes_buf(s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
    plaintext,
    utf8(ad),
    null,
    nonce,
    key,
  );
  return { nonce: b64(nonce), ciphertext: b64(ciphertext) };
}

/** Decrypts and authenticates, or throws `CryptoRefused(reason)`; never returns unchecked bytes. */
export function aeadOpen(
  sealed: Sealed,
  key: Uint8Array,
  ad: string,
  reason: RefusalReason,
): Uint8Array {
  const s = sodium();
  if (typeof sealed !== "object" || sealed === null)
    throw new CryptoRefused("malformed", "not a sealed value");
  const nonce = unb64(sealed.nonce, s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = unb64(sealed.ciphertext);
  if (ciphertext.length < s.crypto_aead_xchacha20poly1305_ietf_ABYTES) {
    throw new CryptoRefused("malformed", "ciphertext shorter than its tag");
  }
  try {
    return s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, ciphertext, utf8(ad), nonce, key);
  } catch {
    throw new CryptoRefused(reason, "authentication failed");
  }
}

/**
 * BLAKE2b over a domain string and parts, each length-prefixed so that no two different lists
 * of parts hash the same bytes.
 */
export function domainHash(length: number, domain: string, parts: Uint8Array[]): Uint8Array {
  const s = sodium();
  const state = s.crypto_generichash_init(null, length);
  for (const part of [utf8(domain), ...parts]) {
    s.crypto_generichash_update(state, lengthPrefix(part.length));
    s.crypto_generichash_update(state, part);
  }
  return s.crypto_generichash_final(state, length);
}

function lengthPrefix(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, false);
  return out;
}

/** Constant-time equality of two byte arrays of any lengths. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && sodium().memcmp(a, b);
}

/** Best-effort wipe of a secret we no longer need (JavaScript may still hold copies). */
export function wipe(...secrets: Uint8Array[]): void {
  for (const secret of secrets) sodium().memzero(secret);
}
