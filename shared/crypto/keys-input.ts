import { CryptoRefused } from "./errors.ts";
import { unb64 } from "./encoding.ts";
import { sameBytes } from "./primitives.ts";
import { sodium } from "./sodium.ts";

/** A public key as bytes or as the URL-safe base64 the server hands out. Secret keys never come
 * from the wire, so they are always bytes. */
export type PublicKeyInput = Uint8Array | string;

export function publicKeyBytes(key: PublicKeyInput): Uint8Array {
  const bytes = typeof key === "string" ? unb64(key) : key;
  if (!(bytes instanceof Uint8Array) || bytes.length !== 32) {
    throw new CryptoRefused("malformed", "a public key is 32 bytes");
  }
  return bytes;
}

/** The Ed25519 public key of a 64-byte secret key, recomputed from its seed: the secret key's
 * second half merely claims to be the public key, and a forged one could lie. */
export function signPublicOf(signSecret: Uint8Array): Uint8Array {
  const s = sodium();
  if (signSecret.length !== s.crypto_sign_SECRETKEYBYTES) {
    throw new CryptoRefused("tampered", "a signing secret key is 64 bytes");
  }
  const derived = s.crypto_sign_seed_keypair(
    s.crypto_sign_ed25519_sk_to_seed(signSecret),
  ).publicKey;
  if (!sameBytes(derived, s.crypto_sign_ed25519_sk_to_pk(signSecret))) {
    throw new CryptoRefused("tampered", "a signing secret key inconsistent with itself");
  }
  return derived;
}

/** The X25519 public key of a secret key. */
export function boxPublicOf(boxSecret: Uint8Array): Uint8Array {
  if (boxSecret.length !== sodium().crypto_box_SECRETKEYBYTES) {
    throw new CryptoRefused("tampered", "a box secret key is 32 bytes");
  }
  return sodium().crypto_scalarmult_base(boxSecret);
}
