/*
 * The contract between the keys pages (features/keys) and the confidential record pages
 * (features/confidential), fixed first so both can be built at once. The keys feature
 * implements it in key-session.tsx; the confidential pages only import from there.
 *
 * Unlocked secret keys live in this tab's memory only (a React context), never in storage:
 * closing or reloading the tab locks them again.
 */
import type * as Crypto from "../../../../shared/crypto/index.ts";

/** shared/crypto, loaded on demand: libsodium's WebAssembly is ~190 KB gzipped. */
export type CryptoModule = typeof Crypto;

/** An organisation's keys as an unlocked member holds them. */
export type OrganizationKeyring = {
  organizationId: string;
  identityPublic: Uint8Array;
  identitySecret: Uint8Array;
  currentEpoch: number;
  /** Every epoch the member can reach: the current one and, walking back, the older ones. */
  epochs: ReadonlyMap<number, { publicKey: Uint8Array; secretKey: Uint8Array }>;
};

/** The server presented a key other than the one this browser remembers for the subject. */
export type KeyChange = {
  subject: `person:${string}` | `organization:${string}`;
  remembered: string;
  presented: string;
  /**
   * Added by the keys feature. `changed` (the default when absent): another identity key than the
   * remembered one. `unsigned`: the identity is the remembered one, but the epoch key the server
   * presents is not signed by it; nothing a person can accept.
   */
  reason?: "changed" | "unsigned";
};

export type KeySession = {
  /** `none`: the person has no keys yet; `locked`: keys kept, not unlocked in this tab. */
  state: "loading" | "none" | "locked" | "unlocked";
  crypto: () => Promise<CryptoModule>;
  unlock(passphrase: string): Promise<void>;
  unlockWithRecovery(recoveryKey: string): Promise<void>;
  lock(): void;
  /** The person's own keys, once unlocked. */
  person: Crypto.PersonKeys | null;
  /**
   * An organisation the person belongs to, opened from their seal after checking the identity
   * and epoch signatures against what this browser remembers. Throws KeyChangeRefused when
   * the server presents a changed identity key.
   */
  keyringOf(organizationId: string): Promise<OrganizationKeyring>;
  /**
   * A partner organisation's current epoch public key for sealing a share to, checked against
   * its identity key as this browser remembers it (remembered on first sight). Throws
   * KeyChangeRefused when the identity differs from the remembered one, or when the epoch's
   * signature does not verify.
   */
  recipientKey(
    organizationId: string,
  ): Promise<{ epoch: number; publicKey: Uint8Array; identityPublic: Uint8Array }>;
  /**
   * The owner organisation's identity key as this browser remembers it, to check a share's
   * signed statement; remembered on first sight, KeyChangeRefused when it differs from the
   * key the server presents (`presented`).
   */
  ownerIdentity(organizationId: string, presented: string): Promise<Uint8Array>;
};

export class KeyChangeRefused extends Error {
  constructor(readonly change: KeyChange) {
    super(`The server presented a different key for ${change.subject}.`);
    this.name = "KeyChangeRefused";
  }
}

/**
 * Added by the keys feature: why `keyringOf` or `recipientKey` has nothing to give, none of it a
 * key change. `locked`: the person's keys are not unlocked in this tab; `not-started`: the
 * organisation has no keys yet; `not-sealed`: it has, but no member has sealed them to this
 * person yet (or the caller is not a member).
 */
export class KeyringUnavailable extends Error {
  constructor(
    readonly reason: "locked" | "not-started" | "not-sealed",
    readonly organizationId?: string,
  ) {
    super(`No keyring${organizationId ? ` for organization:${organizationId}` : ""}: ${reason}.`);
    this.name = "KeyringUnavailable";
  }
}
