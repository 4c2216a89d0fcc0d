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

/** What a patch sets of these fields: a field left undefined stays as it is (null clears it). */
export function patchOf<Row>(patch: object, fields: readonly string[]): Partial<Row> {
  const next: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (patch as Record<string, unknown>)[field];
    if (value !== undefined) next[field] = value;
  }
  return next as Partial<Row>;
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
