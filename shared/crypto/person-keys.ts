import { domains, kdfContexts } from "./domains.ts";
import { CryptoRefused } from "./errors.ts";
import { b64, canonicalJson, concatBytes, unb64 } from "./encoding.ts";
import { aeadOpen, aeadSeal, sameBytes, wipe } from "./primitives.ts";
import { boxPublicOf, publicKeyBytes, signPublicOf, type PublicKeyInput } from "./keys-input.ts";
import { parseRecoveryKey } from "./recovery-key.ts";
import { sodium } from "./sodium.ts";

/** A person's two pairs: X25519 to receive sealed keys, Ed25519 to sign. */
export type PersonKeys = {
  boxPublic: Uint8Array;
  boxSecret: Uint8Array;
  signPublic: Uint8Array;
  signSecret: Uint8Array;
};
export type PersonPublicKeys = Pick<PersonKeys, "boxPublic" | "signPublic">;
/** The public halves as the server hands them out (base64) or as bytes. */
export type PersonPublicKeysInput = { boxPublic: PublicKeyInput; signPublic: PublicKeyInput };

export type Kdf = { opsLimit: number; memLimit: number };
export type PassphraseKdf = Kdf & { alg: "argon2id13"; salt: string };

/** The secret halves, encrypted; stored by the server as is. */
export type Wrapped = {
  kdf: PassphraseKdf | { alg: "recovery" };
  nonce: string;
  ciphertext: string;
};

const MiB = 1024 * 1024;
/** Stronger than OWASP's Argon2id minimum (19 MiB, 2 passes, 1 lane); libsodium uses 1 lane. */
export const defaultKdf: Kdf = { opsLimit: 3, memLimit: 64 * MiB };
export const owaspMinimumKdf: Kdf = { opsLimit: 2, memLimit: 19 * MiB };
/** A wrapping the server offers outside these bounds is refused before hashing: a hostile
 * server must not be able to freeze or crash the browser with a huge memory or pass count. */
const kdfCeiling: Kdf = { opsLimit: 16, memLimit: 1024 * MiB };

/** Whether a wrapping's parameters are at least OWASP's minimum; the server can insist on it. */
export function meetsKdfMinimum(kdf: Kdf): boolean {
  return kdf.opsLimit >= owaspMinimumKdf.opsLimit && kdf.memLimit >= owaspMinimumKdf.memLimit;
}

export function makePersonKeys(): PersonKeys {
  const s = sodium();
  const box = s.crypto_box_keypair();
  const sign = s.crypto_sign_keypair();
  return {
    boxPublic: box.publicKey,
    boxSecret: box.privateKey,
    signPublic: sign.publicKey,
    signSecret: sign.privateKey,
  };
}

export const publicKeysToWire = (keys: PersonPublicKeys) => ({
  boxPublic: b64(keys.boxPublic),
  signPublic: b64(keys.signPublic),
});

const publicKeysFrom = (input: PersonPublicKeysInput): PersonPublicKeys => ({
  boxPublic: publicKeyBytes(input.boxPublic),
  signPublic: publicKeyBytes(input.signPublic),
});

/** The associated data: a wrapping opens only for this person and these public keys. */
const wrapAd = (domain: string, userId: string, publics: PersonPublicKeys) =>
  canonicalJson({
    domain,
    userId,
    boxPublic: b64(publics.boxPublic),
    signPublic: b64(publics.signPublic),
  });

export function wrapWithPassphrase(
  keys: PersonKeys,
  passphrase: string,
  userId: string,
  kdf: Kdf = defaultKdf,
): Wrapped {
  const s = sodium();
  const salt = s.randombytes_buf(s.crypto_pwhash_SALTBYTES);
  const wrappingKey = passphraseKey(passphrase, salt, kdf);
  const sealed = sealSecrets(keys, wrappingKey, wrapAd(domains.passphraseWrap, userId, keys));
  wipe(wrappingKey);
  return { kdf: { alg: "argon2id13", salt: b64(salt), ...pickKdf(kdf) }, ...sealed };
}

export function unwrapWithPassphrase(
  wrapped: Wrapped,
  passphrase: string,
  userId: string,
  publicsInput: PersonPublicKeysInput,
): PersonKeys {
  const publics = publicKeysFrom(publicsInput);
  const kdf = wrapped?.kdf;
  if (kdf?.alg !== "argon2id13") throw new CryptoRefused("malformed", "not a passphrase wrapping");
  checkKdfBounds(kdf);
  const wrappingKey = passphraseKey(
    passphrase,
    unb64(kdf.salt, sodium().crypto_pwhash_SALTBYTES),
    kdf,
  );
  try {
    return openSecrets(
      wrapped,
      wrappingKey,
      wrapAd(domains.passphraseWrap, userId, publics),
      publics,
    );
  } finally {
    wipe(wrappingKey);
  }
}

/** Takes the recovery key as bytes or as the text shown to the person. */
export function wrapWithRecoveryKey(
  keys: PersonKeys,
  recoveryKey: Uint8Array | string,
  userId: string,
): Wrapped {
  const wrappingKey = recoveryWrappingKey(recoveryKey);
  const sealed = sealSecrets(keys, wrappingKey, wrapAd(domains.recoveryWrap, userId, keys));
  wipe(wrappingKey);
  return { kdf: { alg: "recovery" }, ...sealed };
}

export function unwrapWithRecoveryKey(
  wrapped: Wrapped,
  recoveryKey: Uint8Array | string,
  userId: string,
  publicsInput: PersonPublicKeysInput,
): PersonKeys {
  const publics = publicKeysFrom(publicsInput);
  if (wrapped?.kdf?.alg !== "recovery")
    throw new CryptoRefused("malformed", "not a recovery wrapping");
  const wrappingKey = recoveryWrappingKey(recoveryKey);
  try {
    return openSecrets(
      wrapped,
      wrappingKey,
      wrapAd(domains.recoveryWrap, userId, publics),
      publics,
    );
  } finally {
    wipe(wrappingKey);
  }
}

const pickKdf = (kdf: Kdf): Kdf => ({ opsLimit: kdf.opsLimit, memLimit: kdf.memLimit });

function checkKdfBounds(kdf: Kdf) {
  const s = sodium();
  const ok = (n: unknown, min: number, max: number) =>
    Number.isSafeInteger(n) && (n as number) >= min && (n as number) <= max;
  if (
    !ok(kdf.opsLimit, s.crypto_pwhash_OPSLIMIT_MIN, kdfCeiling.opsLimit) ||
    !ok(kdf.memLimit, s.crypto_pwhash_MEMLIMIT_MIN, kdfCeiling.memLimit)
  ) {
    throw new CryptoRefused("malformed", "key derivation parameters out of bounds");
  }
}

/** Argon2id; NFC first so the same passphrase typed on another device gives the same key. */
function passphraseKey(passphrase: string, salt: Uint8Array, kdf: Kdf): Uint8Array {
  checkKdfBounds(kdf);
  const s = sodium();
  return s.crypto_pwhash(
    32,
    passphrase.normalize("NFC"),
    salt,
    kdf.opsLimit,
    kdf.memLimit,
    s.crypto_pwhash_ALG_ARGON2ID13,
  );
}

/** A recovery key is already 256 random bits: a plain KDF suffices, no password hashing. */
function recoveryWrappingKey(recoveryKey: Uint8Array | string): Uint8Array {
  const key = typeof recoveryKey === "string" ? parseRecoveryKey(recoveryKey) : recoveryKey;
  if (key.length !== 32) throw new CryptoRefused("malformed", "a recovery key is 32 bytes");
  return sodium().crypto_kdf_derive_from_key(32, 1, kdfContexts.recoveryWrap, key);
}

function sealSecrets(keys: PersonKeys, wrappingKey: Uint8Array, ad: string) {
  const secrets = concatBytes(keys.boxSecret, keys.signSecret);
  const sealed = aeadSeal(secrets, wrappingKey, ad);
  wipe(secrets);
  return sealed;
}

function openSecrets(
  wrapped: Wrapped,
  wrappingKey: Uint8Array,
  ad: string,
  publics: PersonPublicKeys,
): PersonKeys {
  const s = sodium();
  const secrets = aeadOpen(wrapped, wrappingKey, ad, "wrong-passphrase");
  const boxBytes = s.crypto_box_SECRETKEYBYTES;
  if (secrets.length !== boxBytes + s.crypto_sign_SECRETKEYBYTES) {
    throw new CryptoRefused("tampered", "wrapped secrets of the wrong length");
  }
  const boxSecret = secrets.slice(0, boxBytes);
  const signSecret = secrets.slice(boxBytes);
  wipe(secrets);
  // The associated data already binds the public keys; this also catches a wrapping made from
  // mismatched halves, so a person never unlocks keys that cannot open what was sealed to them.
  if (
    !sameBytes(boxPublicOf(boxSecret), publics.boxPublic) ||
    !sameBytes(signPublicOf(signSecret), publics.signPublic)
  ) {
    throw new CryptoRefused("tampered", "unwrapped secrets do not match the public keys");
  }
  return { boxPublic: publics.boxPublic, boxSecret, signPublic: publics.signPublic, signSecret };
}
