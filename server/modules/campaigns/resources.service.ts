import type { ResourcesSummary } from "../../../shared/campaigns/resources.ts";
import type { SpendingStatus } from "../../../shared/campaigns/catalogue.ts";
import type { CurrencyCode } from "../../../shared/campaigns/currencies.ts";
import { type MoneyEntry, addDecimals, totalsByCurrency } from "../../../shared/campaigns/money.ts";
import type { Actor } from "../auth/actor.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import { createResourcesRepo } from "./resources.repo.ts";
import { createBudgetLinesService } from "./resources-budget.service.ts";
import { presentLine, readingCampaign } from "./resources-common.ts";
import { createPledgesService } from "./resources-pledges.service.ts";
import { createSpendingService } from "./resources-spending.service.ts";

/**
 * A campaign's pooled resources: pledges by organisation, budget lines, and spending that the
 * designated fund monitor alone confirms or queries. Totals are per currency and exact; nothing
 * is converted. Every change is kept in the campaign's history.
 */
export function createResourcesService(deps: CampaignPartDeps) {
  const repo = createResourcesRepo(deps.database.db);
  const parts = { ...deps, repo };
  const reading = readingCampaign(deps);

  return {
    ...createPledgesService(parts),
    ...createBudgetLinesService(parts),
    ...createSpendingService(parts),

    async summary(actor: Actor | null, id: string): Promise<ResourcesSummary> {
      await reading(actor, id);
      const [pledges, lines, spending] = await Promise.all([
        repo.pledgeSums(id),
        repo.budgetLines(id),
        repo.spendingSums(id),
      ]);
      const money: MoneyEntry[] = [];
      const staffDays = { pledged: "0", received: "0" };
      const inKind = { pledges: 0, receivedInFull: 0 };
      for (const p of pledges) {
        if (p.kind === "money" && p.currency) {
          money.push({ currency: p.currency, measure: "pledged", amount: p.pledged });
          money.push({ currency: p.currency, measure: "received", amount: p.received });
        } else if (p.kind === "staff_days") {
          staffDays.pledged = addDecimals(staffDays.pledged, p.pledged);
          staffDays.received = addDecimals(staffDays.received, p.received);
        } else if (p.kind === "in_kind") {
          inKind.pledges += p.pledges;
          inKind.receivedInFull += p.receivedInFull;
        }
      }
      for (const line of lines) {
        money.push({ currency: line.currency, measure: "budgeted", amount: line.amount });
      }
      const measureOf = {
        confirmed: "confirmed",
        recorded: "pending",
        queried: "queried",
      } as const;
      let awaitingConfirmation = 0;
      for (const s of spending) {
        const measure = measureOf[s.status as SpendingStatus];
        money.push({ currency: s.currency, measure, amount: s.amount });
        if (s.status === "recorded") awaitingConfirmation += s.entries;
      }
      return {
        currencies: totalsByCurrency(money).map((t) => ({
          ...t,
          currency: t.currency as CurrencyCode,
        })),
        staffDays,
        inKind,
        lines: lines.map(presentLine),
        awaitingConfirmation,
      };
    },
  };
}
export type ResourcesService = ReturnType<typeof createResourcesService>;
