import type { Tx } from "../../db/client.ts";
import { newId } from "../../lib/ids.ts";
import { campaignHistory } from "./campaigns.table.ts";

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** The fields whose values differ between two versions of a thing (compared as JSON). */
export function changesBetween<T extends Record<string, unknown>>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const from = before?.[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

export type HistoryEntry = {
  campaignId: string;
  entity: string;
  entityId: string;
  action: string;
  changes?: Changes;
  changedBy: string | null;
  /** The organisation the person acted for, where they acted for one. */
  changedFor: string | null;
  changedAt: Date;
};

/**
 * Keeps one change in the campaign's history, in the transaction that made it: a change
 * that is not kept is not made.
 */
export async function recordHistory(tx: Tx, entry: HistoryEntry) {
  await tx.insert(campaignHistory).values({ id: newId(), changes: {}, ...entry });
}
