import * as crypto from "../../../../../shared/crypto/index.ts";
import {
  KeyChangeRefused,
  type KeySession,
  type OrganizationKeyring,
} from "../../keys/key-session-contract.ts";

/*
 * A stand-in for the keys feature's session in unit tests: real keys made with shared/crypto,
 * held in memory, and the same refusals the contract names. Not used by any page.
 */

/** An organisation's keyring with `epochs` epochs, each carrying the previous one's secret. */
export function makeKeyring(organizationId: string, epochs = 1): OrganizationKeyring {
  const identity = crypto.makeOrganizationIdentity();
  const all = new Map<number, { publicKey: Uint8Array; secretKey: Uint8Array }>();
  let previous: Uint8Array | null = null;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const made = crypto.makeEpoch({
      organizationId,
      epoch,
      identitySecret: identity.secretKey,
      previousSecret: previous,
    });
    all.set(epoch, { publicKey: made.publicKey, secretKey: made.secretKey });
    previous = made.secretKey;
  }
  return {
    organizationId,
    identityPublic: identity.publicKey,
    identitySecret: identity.secretKey,
    currentEpoch: epochs,
    epochs: all,
  };
}

/**
 * The session of a person who belongs to the organisations of `keyrings`, and whose browser
 * remembers the identities in `remembered` (organisation id → identity public key).
 */
export function sessionDouble(input: {
  keyrings: OrganizationKeyring[];
  remembered: Record<string, Uint8Array>;
}): Pick<KeySession, "keyringOf" | "ownerIdentity" | "recipientKey"> {
  const byId = new Map(input.keyrings.map((k) => [k.organizationId, k]));
  return {
    keyringOf: async (organizationId) => {
      const keyring = byId.get(organizationId);
      if (!keyring) throw new Error("not sealed to this person");
      return keyring;
    },
    ownerIdentity: async (organizationId, presented) => {
      const remembered = input.remembered[organizationId];
      if (remembered && crypto.b64(remembered) !== presented)
        throw new KeyChangeRefused({
          subject: `organization:${organizationId}`,
          remembered: crypto.b64(remembered),
          presented,
        });
      return crypto.unb64(presented, 32);
    },
    recipientKey: async (organizationId) => {
      const keyring = byId.get(organizationId);
      if (!keyring) throw new Error("unknown organisation");
      return {
        epoch: keyring.currentEpoch,
        publicKey: keyring.epochs.get(keyring.currentEpoch)!.publicKey,
        identityPublic: keyring.identityPublic,
      };
    },
  };
}
