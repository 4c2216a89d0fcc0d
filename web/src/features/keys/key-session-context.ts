import { createContext, useContext } from "react";
import type { KnownKeys } from "../../../../shared/crypto/known-keys.ts";
import type { PersonKeys } from "../../../../shared/crypto/person-keys.ts";
import type {
  CryptoModule,
  KeyChange,
  KeySession,
  OrganizationKeyring,
} from "./key-session-contract.ts";

/** What the keys pages use beyond the contract; the confidential pages need only the contract. */
export type KeySessionInternals = {
  userId: string | null;
  person: PersonKeys | null;
  /** Loaded once the person unlocked (unlocking needs it), so pages can call it synchronously. */
  loaded: CryptoModule | null;
  known: KnownKeys;
  crypto: () => Promise<CryptoModule>;
  unlock(passphrase: string): Promise<void>;
  unlockWithRecovery(recoveryKey: string): Promise<void>;
  lock(): void;
  /** Holds keys the page just made or rewrapped, without asking for the passphrase again. */
  adopt(keys: PersonKeys): void;
  keyringOf(organizationId: string): Promise<OrganizationKeyring>;
  recipientKey: KeySession["recipientKey"];
  ownerIdentity: KeySession["ownerIdentity"];
  /** Checks a safety number against the remembered one: remembers a new one, throws on a change. */
  trust(subject: KeyChange["subject"], fingerprint: string): void;
  /** After a person compared numbers out of band: the presented key becomes the remembered one. */
  acceptKeyChange(change: KeyChange): void;
  /** Drops the cached keyring, after this tab started, sealed or moved on an epoch. */
  forgetKeyring(organizationId: string): void;
};

export const Context = createContext<KeySessionInternals | null>(null);

export function useKeySessionInternals(): KeySessionInternals {
  const internals = useContext(Context);
  if (!internals) throw new Error("useKeySession needs a KeySessionProvider above it");
  return internals;
}
