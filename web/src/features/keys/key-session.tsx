/*
 * The key session of this tab (the contract is key-session-contract.ts): the person's keys once
 * unlocked, the organisations' keyrings opened from their seals, and what this browser remembers
 * of everyone's keys (trust on first use). Secret keys live in this component's memory only.
 *
 * Nothing here imports shared/crypto at run time except through `loadCrypto`: libsodium's
 * WebAssembly stays out of the first bundle and loads when a page first needs it. This file is in
 * the first bundle (the provider sits in the layout); the warning for a changed key, which pages
 * show only when it happens, is KeyChangeAlert.tsx, in the chunk of the page that shows it.
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { compareKnown, remember, type KnownKeys } from "../../../../shared/crypto/known-keys.ts";
import type { PersonKeys } from "../../../../shared/crypto/person-keys.ts";
import { api } from "../../lib/api.ts";
import { useMe } from "../../lib/hooks.ts";
import {
  type CryptoModule,
  type KeyChange,
  KeyChangeRefused,
  type KeySession,
  KeyringUnavailable,
  type OrganizationKeyring,
} from "./key-session-contract.ts";
import { loadKnownKeys, saveKnownKeys } from "./known-keys-store.ts";
import { openKeyring, organizationSubject, recipientEpoch } from "./keyring.ts";
import {
  Context,
  type KeySessionInternals,
  useKeySessionInternals,
} from "./key-session-context.ts";

export { KeyChangeRefused, KeyringUnavailable };
export type { CryptoModule, KeyChange, KeySession, OrganizationKeyring };
export { useKeySessionInternals };

let loading: Promise<CryptoModule> | null = null;

/** shared/crypto with libsodium ready, loaded the first time anything asks for it. */
export function loadCrypto(): Promise<CryptoModule> {
  if (!loading) {
    const started = import("../../../../shared/crypto/index.ts").then(async (module) => {
      await module.loadSodium();
      return module;
    });
    // A failed download (offline for a moment) is tried again next time, not remembered.
    started.catch(() => {
      if (loading === started) loading = null;
    });
    loading = started;
  }
  return loading;
}

export const myKeysKey = (userId: string | undefined) => ["keys", "mine", userId] as const;
export const organizationKeysKey = (organizationId: string) =>
  ["keys", "organization", organizationId] as const;

/** The signed-in person's public keys and wrappings, as the server keeps them. */
export function useMyKeys() {
  const { data: me } = useMe();
  return useQuery({
    queryKey: myKeysKey(me?.id),
    queryFn: () => api.GET("/api/v1/me/keys"),
    enabled: Boolean(me),
    staleTime: 60_000,
  });
}

export const fetchOrganizationKeys = (organizationId: string) =>
  api.GET("/api/v1/organizations/{id}/keys", { params: { path: { id: organizationId } } });

/** A keyring is reused for this long before the server is asked whether the epoch moved on. */
const keyringFreshMs = 30_000;

export const personSubject = (id: string) => `person:${id}` as const;

const wipe = (bytes: Uint8Array) => bytes.fill(0);

/** Lets the page paint its "working" state before Argon2id holds the thread for a moment. */
const nextPaint = () => new Promise((resolve) => setTimeout(resolve, 16));

export function KeySessionProvider({ children }: { children: ReactNode }) {
  const { data: me } = useMe();
  const userId = me?.id ?? null;
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<PersonKeys | null>(null);
  const [loaded, setLoaded] = useState<CryptoModule | null>(null);
  const [known, setKnown] = useState<KnownKeys>({});
  const keyrings = useRef(new Map<string, { at: number; keyring: Promise<OrganizationKeyring> }>());
  // Async steps read the latest values, not the ones of the render that started them.
  const current = useRef({ userId, person });
  current.current = { userId, person };

  const dropSecrets = useCallback(() => {
    const held = current.current.person;
    const rings = [...keyrings.current.values()];
    keyrings.current.clear();
    setPerson(null);
    if (held) {
      wipe(held.boxSecret);
      wipe(held.signSecret);
    }
    for (const { keyring } of rings) {
      void keyring.then(
        (ring) => {
          wipe(ring.identitySecret);
          ring.epochs.forEach((epoch) => wipe(epoch.secretKey));
        },
        () => undefined,
      );
    }
  }, []);

  // Another person signing in in this tab never finds the previous person's keys unlocked.
  const seenUser = useRef<string | null>(null);
  useEffect(() => {
    if (seenUser.current === userId) return;
    seenUser.current = userId;
    dropSecrets();
    setKnown(userId ? loadKnownKeys(userId) : {});
  }, [userId, dropSecrets]);

  // A key accepted in another tab is accepted here too.
  useEffect(() => {
    if (!userId) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.endsWith(userId)) setKnown(loadKnownKeys(userId));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [userId]);

  const signedIn = useCallback(() => {
    const id = current.current.userId;
    if (!id) throw new KeyringUnavailable("locked");
    return id;
  }, []);

  const trust = useCallback(
    (subject: KeyChange["subject"], fingerprint: string) => {
      const id = signedIn();
      const kept = loadKnownKeys(id);
      const verdict = compareKnown(kept, subject, fingerprint);
      if (verdict === "changed") {
        throw new KeyChangeRefused({
          subject,
          remembered: kept[subject] ?? "",
          presented: fingerprint,
          reason: "changed",
        });
      }
      if (verdict === "new") {
        const next = remember(kept, subject, fingerprint);
        saveKnownKeys(id, next);
        setKnown(next);
      }
    },
    [signedIn],
  );

  const acceptKeyChange = useCallback(
    (change: KeyChange) => {
      const id = signedIn();
      const next = remember(loadKnownKeys(id), change.subject, change.presented);
      saveKnownKeys(id, next);
      setKnown(next);
      if (change.subject.startsWith("organization:")) {
        keyrings.current.delete(change.subject.slice("organization:".length));
      }
    },
    [signedIn],
  );

  const myKeys = useCallback(async () => {
    const id = signedIn();
    const { keys } = await queryClient.fetchQuery({
      queryKey: myKeysKey(id),
      queryFn: () => api.GET("/api/v1/me/keys"),
      staleTime: 60_000,
    });
    if (!keys) throw new Error("No keys have been set for this account.");
    return { id, keys, publics: { boxPublic: keys.boxPublicKey, signPublic: keys.signPublicKey } };
  }, [queryClient, signedIn]);

  const unlock = useCallback(
    async (passphrase: string) => {
      const c = await loadCrypto();
      const { id, keys, publics } = await myKeys();
      await nextPaint();
      const opened = c.unwrapWithPassphrase(keys.passphrase, passphrase, id, publics);
      setLoaded(c);
      setPerson(opened);
    },
    [myKeys],
  );

  const unlockWithRecovery = useCallback(
    async (recoveryKey: string) => {
      const c = await loadCrypto();
      const { id, keys, publics } = await myKeys();
      const opened = c.unwrapWithRecoveryKey(keys.recovery, recoveryKey, id, publics);
      setLoaded(c);
      setPerson(opened);
    },
    [myKeys],
  );

  const adopt = useCallback((keys: PersonKeys) => {
    void loadCrypto().then(setLoaded);
    keyrings.current.clear();
    setPerson(keys);
  }, []);

  const keyringOf = useCallback(
    (organizationId: string): Promise<OrganizationKeyring> => {
      const keys = current.current.person;
      if (!keys) return Promise.reject(new KeyringUnavailable("locked", organizationId));
      const cached = keyrings.current.get(organizationId);
      if (cached && Date.now() - cached.at < keyringFreshMs) return cached.keyring;
      const keyring = (async () => {
        const c = await loadCrypto();
        const view = await queryClient.fetchQuery({
          queryKey: organizationKeysKey(organizationId),
          queryFn: () => fetchOrganizationKeys(organizationId),
          staleTime: 0,
        });
        // Nothing moved on since the cached one was opened: no need to open it again.
        const before = cached && (await cached.keyring.catch(() => null));
        if (
          before &&
          view.member?.seal?.epoch === before.currentEpoch &&
          view.identityPublicKey === c.b64(before.identityPublic)
        ) {
          return before;
        }
        return openKeyring(c, view, keys, trust);
      })();
      keyrings.current.set(organizationId, { at: Date.now(), keyring });
      keyring.catch(() => {
        if (keyrings.current.get(organizationId)?.keyring === keyring) {
          keyrings.current.delete(organizationId);
        }
      });
      return keyring;
    },
    [queryClient, trust],
  );

  const recipientKey = useCallback(
    async (organizationId: string) => {
      const c = await loadCrypto();
      return recipientEpoch(c, await fetchOrganizationKeys(organizationId), trust);
    },
    [trust],
  );

  const ownerIdentity = useCallback(
    async (organizationId: string, presented: string) => {
      const c = await loadCrypto();
      const identityPublic = c.unb64(presented, 32);
      trust(organizationSubject(organizationId), c.safetyNumber(identityPublic));
      return identityPublic;
    },
    [trust],
  );

  const forgetKeyring = useCallback((organizationId: string) => {
    keyrings.current.delete(organizationId);
  }, []);

  const value = useMemo<KeySessionInternals>(
    () => ({
      userId,
      person,
      loaded,
      known,
      crypto: loadCrypto,
      unlock,
      unlockWithRecovery,
      lock: dropSecrets,
      adopt,
      keyringOf,
      recipientKey,
      ownerIdentity,
      trust,
      acceptKeyChange,
      forgetKeyring,
    }),
    [
      userId,
      person,
      loaded,
      known,
      unlock,
      unlockWithRecovery,
      dropSecrets,
      adopt,
      keyringOf,
      recipientKey,
      ownerIdentity,
      trust,
      acceptKeyChange,
      forgetKeyring,
    ],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The tab's key session, as the contract describes it. */
export function useKeySession(): KeySession {
  const internals = useKeySessionInternals();
  const me = useMe();
  const mine = useMyKeys();
  const state: KeySession["state"] = me.isPending
    ? "loading"
    : !me.data
      ? "none"
      : internals.person
        ? "unlocked"
        : !mine.data
          ? "loading"
          : mine.data.keys
            ? "locked"
            : "none";
  return useMemo(
    () => ({
      state,
      crypto: internals.crypto,
      unlock: internals.unlock,
      unlockWithRecovery: internals.unlockWithRecovery,
      lock: internals.lock,
      person: internals.person,
      keyringOf: internals.keyringOf,
      recipientKey: internals.recipientKey,
      ownerIdentity: internals.ownerIdentity,
    }),
    [state, internals],
  );
}
