import { sql } from "drizzle-orm";
import type { Statistics, StatisticsQuery } from "../../../shared/records/statistics-api.ts";
import { suppress } from "../../../shared/records/suppression.ts";
import { type Db, rowsOf } from "../../db/client.ts";
import { toCsv } from "../../lib/csv.ts";
import type { Actor } from "../auth/actor.ts";
import { type ViewerReader, listViewerOf } from "./record-standing.ts";
import { visibleTo } from "./records.repo.ts";
import {
  confidentialCountContributions,
  confidentialCounts,
  recordConsents,
  recordContents,
  records,
} from "./records.table.ts";

/** More rows than this is no longer a table anyone reads; narrow the filter. */
const maxRows = 400;

/**
 * Counts of incidents over the records the viewer reads in full (a partner's grant shows some
 * fields of a record, which is not enough to count it) whose owner recorded consent to
 * statistics. Cells from 1 to k − 1 are hidden, and others with them so that no total gives
 * them away (shared/records/suppression.ts).
 */
/**
 * The counts organisations contributed of their confidential incidents (issue 15), for the
 * viewer: those meant for everyone, and their own organisations' whatever the audience. The
 * query's filters apply; a date bound applies by whole month, as the counts are by month.
 */
function contributed(viewerOrganizationIds: readonly string[], q: StatisticsQuery) {
  const rowKey =
    q.rows === "month" ? sql`cc.month` : q.rows === "country" ? sql`cc.country` : sql`cc.area`;
  const mine = viewerOrganizationIds.length
    ? sql`cc.organization_id = any(array[${sql.join(
        viewerOrganizationIds.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[])`
    : sql`false`;
  return sql`
    select ${rowKey} as row, cc.violation_type as col, sum(cc.count) as n
    from ${confidentialCounts} cc
    join ${confidentialCountContributions} ccc on ccc.organization_id = cc.organization_id
    where (ccc.audience = 'everyone' or ${mine})
      ${q.organizationId ? sql`and cc.organization_id = ${q.organizationId}` : sql``}
      ${q.country ? sql`and cc.country = ${q.country}` : sql``}
      ${q.from ? sql`and cc.month >= ${q.from.slice(0, 7)}` : sql``}
      ${q.to ? sql`and cc.month <= ${q.to.slice(0, 7)}` : sql``}
      ${q.violationType ? sql`and cc.violation_type = ${q.violationType}` : sql``}
    group by 1, 2`;
}

export function createStatisticsService(deps: { db: Db; viewerOf: ViewerReader }) {
  const { db } = deps;

  async function table(actor: Actor | null, q: StatisticsQuery): Promise<Statistics> {
    const viewer = listViewerOf(await deps.viewerOf(actor));
    const rowKey =
      q.rows === "month"
        ? sql`substr(${records.occurredOn}, 1, 7)`
        : q.rows === "country"
          ? sql`${records.country}`
          : sql`coalesce(c.fields->'adminArea'->>'name' || coalesce(' (' || (c.fields->'adminArea'->>'pcode') || ')', ''), '')`;
    const filters = sql.join(
      [
        sql`${records.kind} = 'incident'`,
        visibleTo(viewer, { grants: false }),
        q.organizationId ? sql`${records.ownerOrganizationId} = ${q.organizationId}` : sql`true`,
        q.country ? sql`${records.country} = ${q.country}` : sql`true`,
        q.from ? sql`${records.occurredOn} >= ${q.from}` : sql`true`,
        q.to ? sql`substr(${records.occurredOn}, 1, 10) <= ${q.to}` : sql`true`,
      ],
      sql` and `,
    );
    // The latest consent event for statistics decides (consentStands), read in one pass over
    // the consents rather than once per record: a correlated subquery cost 300 ms at 100,000.
    const consented = sql`join (
        select distinct on (rc.record_id) rc.record_id, rc.state
        from ${recordConsents} rc where rc.use = 'statistics'
        order by rc.record_id, rc.at desc, rc.id desc
      ) sc on sc.record_id = ${records.id} and sc.state = 'given'`;
    const join =
      q.rows === "area"
        ? sql`${consented} join ${recordContents} c on c.record_id = ${records.id} and c.version = ${records.version}`
        : consented;
    const counted = rowsOf<{ row: string | null; col: string; n: string | number }>(
      await db.execute(sql`
        select ${rowKey} as row, v.col, count(*) as n
        from ${records} ${join}
        cross join lateral unnest(${records.violationTypes}) as v(col)
        where ${filters} ${q.violationType ? sql`and v.col = ${q.violationType}` : sql``}
        group by 1, 2
        union all
        ${contributed(viewer.organizationIds, q)}`),
    );
    const rows = [...new Set(counted.map((c) => c.row ?? ""))].sort().slice(0, maxRows);
    const columns = [...new Set(counted.map((c) => c.col))].sort();
    const counts = rows.map(() => columns.map(() => 0));
    for (const c of counted) {
      const r = rows.indexOf(c.row ?? "");
      if (r >= 0) counts[r]![columns.indexOf(c.col)]! += Number(c.n);
    }
    return suppress({ rows, columns, counts }, q.k);
  }

  return {
    table,
    /** The same table as CSV: a hidden cell says "suppressed", never a number. */
    async csv(actor: Actor | null, q: StatisticsQuery): Promise<string> {
      const t = await table(actor, q);
      const shown = (n: number | null) => (n === null ? "suppressed" : n);
      return toCsv(
        [q.rows, ...t.columns, "total"],
        [
          ...t.rows.map((row, r) => [row, ...t.cells[r]!.map(shown), shown(t.rowTotals[r]!)]),
          ["total", ...t.columnTotals.map(shown), shown(t.grandTotal)],
        ],
      );
    },
  };
}
export type StatisticsService = ReturnType<typeof createStatisticsService>;
