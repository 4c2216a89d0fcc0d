import type { RecordKind } from "./fields.ts";

/*
 * The terms of information-sharing agreements and grants (issue 14), and the one rule that
 * says whether a record falls under a grant's saved filter. No Zod here: the web imports it.
 */

/** What a grantee may do with what it received: nothing, ask the owner, or within a coalition. */
export const onwardRules = ["none", "owner_consent", "within_coalition"] as const;
export type OnwardRule = (typeof onwardRules)[number];

/** The categories of data an agreement covers, as the parties name them. */
export const dataCategories = [
  "incidents",
  "cases",
  "trends",
  "documents",
  "statistics",
  "evidence",
] as const;
export type DataCategory = (typeof dataCategories)[number];

/** A saved filter over the owner's records: every condition given must hold. */
export type GrantFilter = {
  kind?: RecordKind;
  country?: string;
  violationType?: string;
  /** Occurred on or after (YYYY-MM-DD). */
  from?: string;
  /** Occurred on or before (YYYY-MM-DD). */
  to?: string;
};

/** What a filter may ask of a record: its envelope's index columns, never its content. */
export type FilterableRecord = {
  /** Null for a confidential record, which no saved filter reaches: the server cannot see it. */
  kind: RecordKind | null;
  country: string | null;
  occurredOn: string | null;
  violationTypes: readonly string[];
};

/** Whether a record falls under a saved filter; a date bound excludes undated records. */
export function matchesFilter(record: FilterableRecord, filter: GrantFilter): boolean {
  if (record.kind === null) return false;
  if (filter.kind && record.kind !== filter.kind) return false;
  if (filter.country && record.country !== filter.country) return false;
  if (filter.violationType && !record.violationTypes.includes(filter.violationType)) return false;
  if (filter.from && !(record.occurredOn && record.occurredOn >= filter.from)) return false;
  if (filter.to && !(record.occurredOn && record.occurredOn.slice(0, 10) <= filter.to))
    return false;
  return true;
}
