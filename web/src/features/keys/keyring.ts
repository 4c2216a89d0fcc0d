/*
 * Opening an organisation's keys as the server presents them, checked against what this browser
 * remembers: pure functions of the crypto module, the server's answer and a `trust` callback
 * (which remembers a new safety number and throws KeyChangeRefused on a changed one).
 */
import type { PersonKeys } from "../../../../shared/crypto/person-keys.ts";
import type { OrganizationKeys } from "../../../../shared/keys/api.ts";
import {
  type CryptoModule,
  type KeyChange,
  KeyChangeRefused,
  KeyringUnavailable,
  type OrganizationKeyring,
} from "./key-session-contract.ts";

export type Trust = (subject: KeyChange["subject"], fingerprint: string) => void;

export const organizationSubject = (id: string) => `organization:${id}` as const;

/** The identity key the server presents for an organisation, once it passed `trust`. */
export function trustedIdentity(c: CryptoModule, view: OrganizationKeys, trust: Trust) {
  if (view.state === "none" || !view.identityPublicKey || view.currentEpoch === null) {
    throw new KeyringUnavailable("not-started", view.organizationId);
  }
  const identityPublic = c.unb64(view.identityPublicKey, 32);
  trust(organizationSubject(view.organizationId), c.safetyNumber(identityPublic));
  return identityPublic;
}

/** An epoch as published, refused unless the organisation's identity signed it. */
export function signedEpoch(
  c: CryptoModule,
  view: OrganizationKeys,
  epoch: number,
  identityPublic: Uint8Array,
) {
  const found = view.epochs.find((e) => e.epoch === epoch);
  if (!found || !c.verifyEpoch({ organizationId: view.organizationId, ...found }, identityPublic)) {
    const number = c.safetyNumber(identityPublic);
    throw new KeyChangeRefused({
      subject: organizationSubject(view.organizationId),
      remembered: number,
      presented: number,
      reason: "unsigned",
    });
  }
  return found;
}

/** A partner's current epoch key, to seal a share to. */
export function recipientEpoch(c: CryptoModule, view: OrganizationKeys, trust: Trust) {
  const identityPublic = trustedIdentity(c, view, trust);
  // Not null: trustedIdentity refused an organisation without keys.
  const epoch = view.currentEpoch as number;
  const published = signedEpoch(c, view, epoch, identityPublic);
  return { epoch, publicKey: c.unb64(published.publicKey, 32), identityPublic };
}

/**
 * The member's keyring: their seal of the current epoch opened and checked against the trusted
 * identity and the signed epoch key, then older epochs reached one by one through the secret
 * each carries of the one before. A broken link ends the walk; the epochs reached so far still
 * open what was made under them.
 */
export function openKeyring(
  c: CryptoModule,
  view: OrganizationKeys,
  keys: PersonKeys,
  trust: Trust,
): OrganizationKeyring {
  const organizationId = view.organizationId;
  const identityPublic = trustedIdentity(c, view, trust);
  const seal = view.member?.seal;
  if (!seal) throw new KeyringUnavailable("not-sealed", organizationId);
  const sealedEpoch = signedEpoch(c, view, seal.epoch, identityPublic);
  const opened = c.openEpochSeal(seal.sealed, keys, {
    identityPublic,
    epochPublic: sealedEpoch.publicKey,
  });
  const epochs = new Map([
    [seal.epoch, { publicKey: opened.epochPublic, secretKey: opened.epochSecret }],
  ]);
  let secret = opened.epochSecret;
  for (let n = seal.epoch; n > 1; n--) {
    const here = view.epochs.find((e) => e.epoch === n);
    const before = view.epochs.find((e) => e.epoch === n - 1);
    if (!here?.previous || !before) break;
    if (!c.verifyEpoch({ organizationId, ...before }, identityPublic)) break;
    try {
      secret = c.openPrevious({
        organizationId,
        epoch: n,
        previous: here.previous,
        epochSecret: secret,
        previousPublic: before.publicKey,
      });
    } catch {
      break;
    }
    epochs.set(n - 1, { publicKey: c.unb64(before.publicKey, 32), secretKey: secret });
  }
  return {
    organizationId,
    identityPublic,
    identitySecret: opened.identitySecret,
    currentEpoch: seal.epoch,
    epochs,
  };
}
