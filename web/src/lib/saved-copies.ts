import { useSyncExternalStore } from "react";
import { savedAtHeader, savedCopyCaches } from "./saved-copy-rules.ts";

/*
 * How the app learns that it is showing a copy the service worker (../sw.ts) kept, rather than
 * a fresh answer, and forgets every kept copy when the reader signs out.
 */

let savedAt: string | null = null;
const listeners = new Set<() => void>();

/** Every API answer passes here: a kept copy sets the time shown, a fresh answer clears it. */
export function noteAnswer(response: Response) {
  const next = response.headers.get(savedAtHeader);
  if (next === savedAt) return;
  savedAt = next;
  for (const listener of listeners) listener();
}

/** The page itself came from the worker's copy (it carries the time in a meta element). */
export function notePageCopy() {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="cg-saved-at"]');
  if (meta?.content) savedAt = meta.content;
}

/** The time of the kept copy the app is showing, or null when what it shows is fresh. */
export const useSavedCopyTime = () =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => savedAt,
  );

/** Deletes every kept page and API answer: on signing out, nothing of the account stays. */
export async function forgetSavedCopies() {
  if (!("caches" in window)) return;
  await Promise.all([caches.delete(savedCopyCaches.pages), caches.delete(savedCopyCaches.api)]);
}
