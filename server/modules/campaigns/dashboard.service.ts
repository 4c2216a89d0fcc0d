import type { CampaignDashboard } from "../../../shared/campaigns/dashboard.ts";
import { type Track, trackOf, tracks } from "../../../shared/campaigns/track.ts";
import type { Actor } from "../auth/actor.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import { type MoneyRow, createDashboardRepo } from "./dashboard.repo.ts";

const dayMs = 86_400_000;
/** Stakeholder movement is counted over the last month. */
const movementDays = 30;
const nextCount = 5;
const moversShown = 5;

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** A decimal as text without trailing zeros ("1200.5000" → "1200.5", null → "0"). */
export const plainDecimal = (value: string | null | undefined) => {
  if (!value) return "0";
  return value.includes(".") ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
};

/** Money per currency, never converted; staff days apart. */
function resourcesOf(rows: MoneyRow[]): CampaignDashboard["resources"] {
  const byCurrency = new Map<string, CampaignDashboard["resources"]["currencies"][number]>();
  const currency = (code: string) => {
    let entry = byCurrency.get(code);
    if (!entry) {
      entry = { currency: code, pledged: "0", received: "0", budget: "0", spent: "0" };
      byCurrency.set(code, entry);
    }
    return entry;
  };
  let staffDays = { pledged: "0", received: "0" };
  for (const row of rows) {
    if (row.kind === "staff") {
      staffDays = { pledged: plainDecimal(row.amount), received: plainDecimal(row.received) };
    } else if (row.currency) {
      const entry = currency(row.currency);
      if (row.kind === "pledge") {
        entry.pledged = plainDecimal(row.amount);
        entry.received = plainDecimal(row.received);
      } else if (row.kind === "budget") entry.budget = plainDecimal(row.amount);
      else entry.spent = plainDecimal(row.amount);
    }
  }
  return {
    currencies: [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    staffDays,
  };
}

/**
 * The campaign's dashboard: a few aggregate queries over each part's tables, run side by side
 * once the viewer may read the campaign. The on-track rule is shared/campaigns/track.ts.
 */
export function createDashboardService(deps: CampaignPartDeps) {
  const { database, access, names, clock } = deps;
  const repo = createDashboardRepo(database.db);

  return {
    async get(actor: Actor | null, campaignId: string): Promise<CampaignDashboard> {
      await access.authorize(actor, campaignId, {}, "campaign.read");
      const now = clock.now();
      const today = dayOf(now);
      const since = dayOf(new Date(now.getTime() - movementDays * dayMs));
      const [objectives, counts, next, money, stakeholders, movers] = await Promise.all([
        repo.objectives(campaignId),
        repo.activityCounts(campaignId, today),
        repo.nextActivities(campaignId, nextCount).then(async (rows) => ({
          rows,
          orgNames: await names.organizations(rows.map((r) => r.lead_organization_id)),
        })),
        repo.money(campaignId),
        repo.stakeholderCount(campaignId),
        repo.movers(campaignId, since, today),
      ]);

      const trackCounts = Object.fromEntries(tracks.map((t) => [t, 0])) as Record<Track, number>;
      const items = objectives.map((o) => {
        const latest =
          o.value !== null && o.measured_on ? { value: o.value, measuredOn: o.measured_on } : null;
        const track = trackOf(
          {
            baseline: o.baseline,
            target: o.target,
            baselineOn: o.baseline_on,
            deadline: o.deadline,
          },
          latest,
          today,
        );
        trackCounts[track]++;
        return {
          id: o.id,
          statement: o.statement,
          unit: o.unit,
          baseline: o.baseline,
          target: o.target,
          deadline: o.deadline,
          latest,
          track,
        };
      });

      return {
        today,
        objectives: { counts: trackCounts, items },
        activities: {
          ...counts,
          next: next.rows.map((a) => ({
            id: a.id,
            title: a.title,
            tactic: a.tactic,
            role: a.role,
            status: a.status,
            startsOn: a.starts_on,
            dueOn: a.due_on,
            leadOrganization: {
              organizationId: a.lead_organization_id,
              name: next.orgNames.get(a.lead_organization_id) ?? "",
            },
          })),
        },
        resources: resourcesOf(money),
        stakeholders: {
          total: stakeholders,
          since,
          moved: movers.length,
          towardAllies: movers.filter((m) => m.to_position > m.from_position).length,
          towardOpposition: movers.filter((m) => m.to_position < m.from_position).length,
          biggestMovers: movers.slice(0, moversShown).map((m) => ({
            id: m.id,
            name: m.name,
            from: m.from_position,
            to: m.to_position,
            influence: m.influence,
          })),
        },
      };
    },
  };
}
export type DashboardService = ReturnType<typeof createDashboardService>;
