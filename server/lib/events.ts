import type { Tx } from "../db/client.ts";

export type Listener<E> = (tx: Tx, event: E) => Promise<void>;

/**
 * Typed domain events, delivered inside the transaction that caused them: a listener writes
 * with the same transaction, so what it records exists exactly when the event happened, and
 * an error in a listener undoes the whole change.
 */
export function createEventBus<M extends { [K in keyof M]: object }>() {
  const listeners = new Map<keyof M, Listener<never>[]>();
  return {
    on<K extends keyof M>(type: K, listener: Listener<M[K]>) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener as Listener<never>]);
    },
    async emit<K extends keyof M>(tx: Tx, type: K, event: M[K]) {
      for (const listener of (listeners.get(type) ?? []) as Listener<M[K]>[]) {
        await listener(tx, event);
      }
    },
  };
}
export type EventBus<M extends { [K in keyof M]: object }> = ReturnType<typeof createEventBus<M>>;
