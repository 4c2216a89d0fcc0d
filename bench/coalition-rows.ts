/**
 * What the coalition benchmark's generator shares between its files: the sizes, a member,
 * and the bulk insert.
 */
import { sql } from "drizzle-orm";
import type { CoalitionRole, MembershipStatus } from "../shared/coalitions.ts";
import type { LocalizedText } from "../shared/locales.ts";
import type { Db, Tx } from "../server/db/client.ts";

export const day = 86_400_000;

export type CoalitionSizes = {
  /** Organisations on the platform; the coalition's members are some of them. */
  organizations: number;
  /** Active member organisations with a stance (convener, co-leads and members). */
  members: number;
  proposals: number;
  /** How many of the proposals are still open. */
  open: number;
  stances: number;
  meetings: number;
  actionItems: number;
  threads: number;
  comments: number;
};

export const defaultSizes: CoalitionSizes = {
  organizations: 5000,
  members: 500,
  proposals: 2000,
  open: 40,
  stances: 200_000,
  meetings: 100,
  actionItems: 500,
  threads: 300,
  comments: 3000,
};

// ---------------------------------------------------------------------------------------------
// Bulk insert
// ---------------------------------------------------------------------------------------------

/** One table's rows as INSERT ... SELECT over a JSON array, keys named as the columns. */
export async function insertRows(
  db: Db | Tx,
  table: string,
  columns: Record<string, string>,
  rows: readonly Record<string, unknown>[],
  batchSize = 5000,
): Promise<void> {
  const names = Object.keys(columns)
    .map((c) => `"${c}"`)
    .join(", ");
  const types = Object.entries(columns)
    .map(([c, type]) => `"${c}" ${type}`)
    .join(", ");
  for (let at = 0; at < rows.length; at += batchSize) {
    const json = JSON.stringify(rows.slice(at, at + batchSize));
    await db.execute(
      sql`insert into ${sql.identifier(table)} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as r(${sql.raw(types)})`,
    );
  }
}

export const text = (en: string): LocalizedText => ({ original: "en", texts: { en } });

// ---------------------------------------------------------------------------------------------
// Members
// ---------------------------------------------------------------------------------------------

export type Member = {
  organizationId: string;
  name: string;
  role: CoalitionRole;
  status: MembershipStatus;
  since: Date;
  /** Users who represent it in the coalition (the first is its owner). */
  representatives: string[];
};
