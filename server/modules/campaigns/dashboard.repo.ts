import { sql } from "drizzle-orm";
import type { LocalizedText } from "../../../shared/locales.ts";
import { type Db, rowsOf } from "../../db/client.ts";

/*
 * The dashboard's few aggregate queries, each over one part's tables and its campaign index,
 * run side by side. Dates come back as text and sums as exact decimal text, the same from
 * PostgreSQL and PGlite.
 */

export type ObjectiveReading = {
  id: string;
  statement: LocalizedText;
  unit: string;
  baseline: number;
  target: number;
  baseline_on: string;
  deadline: string;
  value: number | null;
  measured_on: string | null;
};

export type NextActivity = {
  id: string;
  title: LocalizedText;
  tactic: string;
  role: string;
  status: string;
  starts_on: string;
  due_on: string;
  lead_organization_id: string;
};

export type MoneyRow = {
  kind: "pledge" | "staff" | "budget" | "spent";
  currency: string | null;
  amount: string | null;
  received: string | null;
};

export type Mover = {
  id: string;
  name: string;
  influence: number;
  from_position: number;
  to_position: number;
};

/** Activities that still lie ahead or are under way. */
const open = sql`status not in ('done', 'cancelled')`;

export function createDashboardRepo(db: Db) {
  return {
    /** Each objective with its latest reading (by the day measured, then the latest reported). */
    async objectives(campaignId: string) {
      return rowsOf<ObjectiveReading>(
        await db.execute(sql`
          select o.id, o.statement, o.unit, o.baseline, o.target,
                 o.baseline_on::text as baseline_on, o.deadline::text as deadline,
                 p.value, p.measured_on::text as measured_on
          from campaign_objectives o
          left join lateral (
            select value, measured_on from objective_progress
            where objective_id = o.id
            order by measured_on desc, reported_at desc
            limit 1
          ) p on true
          where o.campaign_id = ${campaignId}
          order by o.deadline, o.id`),
      );
    },

    async activityCounts(campaignId: string, today: string) {
      const [row] = rowsOf<{ open: number; overdue: number }>(
        await db.execute(sql`
          select count(*)::int as open,
                 (count(*) filter (where due_on < ${today}::date))::int as overdue
          from campaign_activities
          where campaign_id = ${campaignId} and ${open}`),
      );
      return row ?? { open: 0, overdue: 0 };
    },

    async nextActivities(campaignId: string, limit: number) {
      return rowsOf<NextActivity>(
        await db.execute(sql`
          select id, title, tactic, role, status, starts_on::text as starts_on,
                 due_on::text as due_on, lead_organization_id
          from campaign_activities
          where campaign_id = ${campaignId} and ${open}
          order by starts_on, due_on, id
          limit ${limit}`),
      );
    },

    /** Money pledged and received, the budget and confirmed spending per currency; staff days. */
    async money(campaignId: string) {
      return rowsOf<MoneyRow>(
        await db.execute(sql`
          select 'pledge' as kind, currency, sum(amount)::text as amount,
                 sum(received)::text as received
          from campaign_pledges
          where campaign_id = ${campaignId} and kind = 'money' and currency is not null
          group by currency
          union all
          select 'staff', null, sum(amount)::text, sum(received)::text
          from campaign_pledges
          where campaign_id = ${campaignId} and kind = 'staff_days'
          union all
          select 'budget', currency, sum(amount)::text, null
          from campaign_budget_lines
          where campaign_id = ${campaignId}
          group by currency
          union all
          select 'spent', currency, sum(amount)::text, null
          from campaign_spending
          where campaign_id = ${campaignId} and status = 'confirmed'
          group by currency`),
      );
    },

    async stakeholderCount(campaignId: string) {
      const [row] = rowsOf<{ n: number }>(
        await db.execute(
          sql`select count(*)::int as n from campaign_stakeholders where campaign_id = ${campaignId}`,
        ),
      );
      return row?.n ?? 0;
    },

    /**
     * Stakeholders whose place on the spectrum today differs from where they stood at the end
     * of `since`: where they stood is their last move by then, or else where their first move
     * after it started them (a stakeholder first placed since then has not moved).
     */
    async movers(campaignId: string, since: string, today: string) {
      return rowsOf<Mover>(
        await db.execute(sql`
          with recent as (
            select stakeholder_id,
                   (array_agg(to_position order by moved_on desc, recorded_at desc))[1] as to_position,
                   (array_agg(coalesce(from_position, to_position)
                              order by moved_on, recorded_at))[1] as first_from
            from stakeholder_moves
            where campaign_id = ${campaignId}
              and moved_on > ${since}::date and moved_on <= ${today}::date
            group by stakeholder_id
          ),
          placed as (
            select r.stakeholder_id, r.to_position,
                   coalesce(b.to_position, r.first_from) as from_position
            from recent r
            left join lateral (
              select m.to_position from stakeholder_moves m
              where m.stakeholder_id = r.stakeholder_id and m.moved_on <= ${since}::date
              order by m.moved_on desc, m.recorded_at desc
              limit 1
            ) b on true
          )
          select s.id, s.name, s.influence, p.from_position, p.to_position
          from placed p
          join campaign_stakeholders s on s.id = p.stakeholder_id
          where p.from_position <> p.to_position
          order by abs(p.to_position - p.from_position) desc, s.influence desc, s.name, s.id`),
      );
    },
  };
}
export type DashboardRepo = ReturnType<typeof createDashboardRepo>;
