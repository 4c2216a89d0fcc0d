import { AsyncLocalStorage } from "node:async_hooks";

/*
 * The order in which requests arrived, carried through everything a request awaits. The
 * embedded database serves statements by it (server/db/client.ts, StatementQueue): a request
 * that has started finishes before later requests' statements run, rather than queueing again
 * behind every newcomer for each of its statements.
 */

const arrival = new AsyncLocalStorage<number>();
let counter = 0;

/** Runs `next` (the rest of the request) as the request that arrived now. */
export function asArrived(next: () => void) {
  arrival.run(++counter, next);
}

/** The arrival of the request this work belongs to; work outside a request counts as new. */
export function arrivalOrder(): number {
  return arrival.getStore() ?? ++counter;
}
