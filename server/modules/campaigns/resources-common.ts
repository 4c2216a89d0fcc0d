import type { BudgetLine } from "../../../shared/campaigns/resources.ts";
import type { CurrencyCode } from "../../../shared/campaigns/currencies.ts";
import { normalizeDecimal, subtractDecimals } from "../../../shared/campaigns/money.ts";
import { Invalid } from "../../lib/errors.ts";
import type { Actor } from "../auth/actor.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import type { BudgetLineWithSpending, ResourcesRepo } from "./resources.repo.ts";

/** What each part of a campaign's resources (pledges, budget lines, spending) is built from. */
export type ResourcesDeps = CampaignPartDeps & { repo: ResourcesRepo };

export const noSuchCampaign = "No such campaign.";

/** Amounts as the API writes them: "100.0000" from the database is "100". */
export const exact = <T extends { amount: string; received?: string }>(row: T): T => ({
  ...row,
  amount: normalizeDecimal(row.amount),
  ...(row.received !== undefined ? { received: normalizeDecimal(row.received) } : {}),
});

export const invalid = (field: string, message: string, detail: string) =>
  new Invalid(detail, [{ field: `body.${field}`, message }]);

export const presentLine = (r: BudgetLineWithSpending): BudgetLine => ({
  id: r.id,
  label: r.label,
  currency: r.currency as CurrencyCode,
  amount: normalizeDecimal(r.amount),
  confirmed: normalizeDecimal(r.confirmed),
  pending: normalizeDecimal(r.pending),
  queried: normalizeDecimal(r.queried),
  variance: subtractDecimals(r.amount, r.confirmed),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** Loads the campaign for a reader. */
export const readingCampaign =
  (deps: Pick<ResourcesDeps, "access">) => (actor: Actor | null, id: string) =>
    deps.access.authorize(actor, id, { unknown: noSuchCampaign }, "campaign.read");
