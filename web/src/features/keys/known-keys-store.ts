import type { KnownKeys } from "../../../../shared/crypto/known-keys.ts";

/*
 * The safety numbers this browser has seen, per signed-in person, in localStorage: trust on first
 * use must outlive the tab, or every reload would accept whatever key the server presents.
 * Only public fingerprints are stored here, never a secret.
 */
const storageKey = (userId: string) => `cg.knownKeys.${userId}`;

export function loadKnownKeys(userId: string): KnownKeys {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(userId)) ?? "{}");
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => {
        return typeof entry[1] === "string";
      }),
    );
  } catch {
    return {};
  }
}

export function saveKnownKeys(userId: string, known: KnownKeys) {
  localStorage.setItem(storageKey(userId), JSON.stringify(known));
}
