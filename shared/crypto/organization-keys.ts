import { domains, kdfContexts } from "./domains.ts";
import { CryptoRefused } from "./errors.ts";
import { b64, canonicalJson, concatBytes, unb64, utf8 } from "./encoding.ts";
import { boxPublicOf, publicKeyBytes, signPublicOf, type PublicKeyInput } from "./keys-input.ts";
import { aeadOpen, aeadSeal, sameBytes, wipe, type Sealed } from "./primitives.ts";
import { sodium } from "./sodium.ts";

/** The organisation's Ed25519 identity: it signs epochs and share statements; its public key
 * is the organisation's safety number. */
export type OrganizationIdentity = { publicKey: Uint8Array; secretKey: Uint8Array };

/** One epoch's X25519 pair, its signature by the identity, and the previous epoch's secret
 * encrypted under this one (null for epoch 1). */
export type Epoch = {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
  signature: string;
  previous: Sealed | null;
};

/** What the server keeps of an epoch, as it hands it out. */
export type PublishedEpoch = {
  organizationId: string;
  epoch: number;
  publicKey: PublicKeyInput;
  signature: string;
};

/** What an organisation member opens from their seal. */
export type OpenedEpochSeal = {
  epochSecret: Uint8Array;
  epochPublic: Uint8Array;
  identitySecret: Uint8Array;
  identityPublic: Uint8Array;
};

export function makeOrganizationIdentity(): OrganizationIdentity {
  const pair = sodium().crypto_sign_keypair();
  return { publicKey: pair.publicKey, secretKey: pair.privateKey };
}

/** The exact bytes an epoch signature covers. */
export function epochSignedMessage(organizationId: string, epoch: number, publicKey: Uint8Array) {
  return canonicalJson({
    domain: domains.epochSignature,
    organizationId,
    epoch,
    publicKey: b64(publicKey),
  });
}

export function makeEpoch(input: {
  organizationId: string;
  epoch: number;
  identitySecret: Uint8Array;
  previousSecret?: Uint8Array | null;
}): Epoch {
  const s = sodium();
  checkEpochNumber(input.epoch);
  const pair = s.crypto_box_keypair();
  const message = epochSignedMessage(input.organizationId, input.epoch, pair.publicKey);
  const signature = b64(s.crypto_sign_detached(utf8(message), input.identitySecret));
  let previous: Sealed | null = null;
  if (input.previousSecret) {
    const key = previousWrappingKey(pair.privateKey);
    previous = aeadSeal(input.previousSecret, key, previousAd(input.organizationId, input.epoch));
    wipe(key);
  }
  return { publicKey: pair.publicKey, secretKey: pair.privateKey, signature, previous };
}

/** Whether the organisation's identity signed this epoch's public key; never throws. */
export function verifyEpoch(epoch: PublishedEpoch, identityPublic: PublicKeyInput): boolean {
  try {
    checkEpochNumber(epoch.epoch);
    const publicKey = publicKeyBytes(epoch.publicKey);
    const message = epochSignedMessage(epoch.organizationId, epoch.epoch, publicKey);
    const signature = unb64(epoch.signature, sodium().crypto_sign_BYTES);
    return sodium().crypto_sign_verify_detached(
      signature,
      utf8(message),
      publicKeyBytes(identityPublic),
    );
  } catch {
    return false;
  }
}

/** Like `verifyEpoch`, but throws `CryptoRefused("bad-signature")`. */
export function assertEpoch(epoch: PublishedEpoch, identityPublic: PublicKeyInput): void {
  if (!verifyEpoch(epoch, identityPublic)) throw new CryptoRefused("bad-signature", "epoch");
}

/**
 * The previous epoch's secret key, carried by epoch `epoch`: a member sealed only the current
 * epoch walks back to older records this way. With `previousPublic`, also checks the secret is
 * that epoch's.
 */
export function openPrevious(input: {
  organizationId: string;
  epoch: number;
  previous: Sealed;
  epochSecret: Uint8Array;
  previousPublic?: PublicKeyInput;
}): Uint8Array {
  checkEpochNumber(input.epoch);
  const key = previousWrappingKey(input.epochSecret);
  try {
    const secret = aeadOpen(
      input.previous,
      key,
      previousAd(input.organizationId, input.epoch),
      "tampered",
    );
    if (
      input.previousPublic !== undefined &&
      !sameBytes(boxPublicOf(secret), publicKeyBytes(input.previousPublic))
    ) {
      throw new CryptoRefused("tampered", "previous secret does not match the previous epoch");
    }
    return secret;
  } finally {
    wipe(key);
  }
}

/** Seals the epoch secret and the organisation's signing secret to one member's box key. */
export function sealEpochToMember(input: {
  epochSecret: Uint8Array;
  identitySecret: Uint8Array;
  memberBoxPublic: PublicKeyInput;
}): string {
  const s = sodium();
  const payload = concatBytes(input.epochSecret, input.identitySecret);
  const sealed = s.crypto_box_seal(payload, publicKeyBytes(input.memberBoxPublic));
  wipe(payload);
  return b64(sealed);
}

/**
 * Opens a member's seal and checks it holds the keys the member expects. The check is what
 * makes the seal trustworthy: anyone holding the member's public key (the server included) can
 * seal something to it, but only a member can seal the organisation's real identity secret.
 * `expected.identityPublic` must come from the remembered (trusted) key, `expected.epochPublic`
 * from an epoch that key signed.
 */
export function openEpochSeal(
  sealed: string,
  memberKeys: { boxPublic: PublicKeyInput; boxSecret: Uint8Array },
  expected: { identityPublic: PublicKeyInput; epochPublic: PublicKeyInput },
): OpenedEpochSeal {
  const s = sodium();
  const bytes = unb64(sealed);
  let payload: Uint8Array;
  try {
    payload = s.crypto_box_seal_open(
      bytes,
      publicKeyBytes(memberKeys.boxPublic),
      memberKeys.boxSecret,
    );
  } catch {
    throw new CryptoRefused("tampered", "the seal does not open with these keys");
  }
  if (payload.length !== s.crypto_box_SECRETKEYBYTES + s.crypto_sign_SECRETKEYBYTES) {
    throw new CryptoRefused("tampered", "sealed keys of the wrong length");
  }
  const epochSecret = payload.slice(0, s.crypto_box_SECRETKEYBYTES);
  const identitySecret = payload.slice(s.crypto_box_SECRETKEYBYTES);
  wipe(payload);
  const epochPublic = boxPublicOf(epochSecret);
  const identityPublic = signPublicOf(identitySecret);
  if (
    !sameBytes(identityPublic, publicKeyBytes(expected.identityPublic)) ||
    !sameBytes(epochPublic, publicKeyBytes(expected.epochPublic))
  ) {
    throw new CryptoRefused("tampered", "the sealed keys are not the organisation's");
  }
  return { epochSecret, epochPublic, identitySecret, identityPublic };
}

function checkEpochNumber(epoch: number) {
  if (!Number.isSafeInteger(epoch) || epoch < 1)
    throw new CryptoRefused("malformed", "epoch number");
}

const previousWrappingKey = (epochSecret: Uint8Array) =>
  sodium().crypto_kdf_derive_from_key(32, 1, kdfContexts.epochPrevious, epochSecret);

const previousAd = (organizationId: string, epoch: number) =>
  canonicalJson({ domain: domains.epochPrevious, organizationId, epoch });
