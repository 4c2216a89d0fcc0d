import type { z } from "zod";
import type {
  BudgetLine,
  BudgetLineInput,
  BudgetLinePatch,
} from "../../../shared/campaigns/resources.ts";
import { normalizeDecimal } from "../../../shared/campaigns/money.ts";
import type { Tx } from "../../db/client.ts";
import { Conflict, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { actingFor, createCampaignChange, partToChange } from "./campaign-part.ts";
import { changesBetween } from "./history.ts";
import type { BudgetLineRow } from "./resources.repo.ts";
import {
  type ResourcesDeps,
  exact,
  noSuchCampaign,
  presentLine,
  readingCampaign,
} from "./resources-common.ts";

const noSuchLine = "No such budget line.";
const lineFields = ["label", "currency", "amount"] as const;

/** The campaign's budget lines, which those running it plan; spending is booked against them. */
export function createBudgetLinesService(deps: ResourcesDeps) {
  const { repo } = deps;
  const change = createCampaignChange(deps);
  const reading = readingCampaign(deps);

  async function oneLine(campaignId: string, id: string): Promise<BudgetLine> {
    const row = (await repo.budgetLines(campaignId)).find((r) => r.id === id);
    if (!row) throw new NotFound(noSuchLine);
    return presentLine(row);
  }

  /** The budget line of this campaign, locked; those running the campaign change it. */
  const line = (id: string, lineId: string) =>
    partToChange({
      entity: "budget_line",
      entityId: lineId,
      unknown: noSuchLine,
      unknownCampaign: noSuchCampaign,
      check: ["campaign.read"],
      lock: (tx: Tx) => repo.lockBudgetLine(tx, id, lineId),
      allow: () => ["campaign.run"],
    });

  return {
    async listBudgetLines(actor: Actor | null, id: string) {
      await reading(actor, id);
      return { items: (await repo.budgetLines(id)).map(presentLine) };
    },

    async createBudgetLine(actor: Actor, id: string, input: z.output<typeof BudgetLineInput>) {
      const lineId = newId();
      const part = partToChange({
        entity: "budget_line",
        entityId: lineId,
        unknown: noSuchCampaign,
        check: ["campaign.run"],
      });
      await change(actor, id, part, async ({ tx, found, at, keep }) => {
        const row = {
          id: lineId,
          campaignId: id,
          label: input.label,
          currency: input.currency,
          amount: normalizeDecimal(input.amount),
          createdAt: at,
          updatedAt: at,
        };
        await repo.insertBudgetLine(tx, row);
        await keep({
          action: "created",
          changes: changesBetween<BudgetLineRow>(null, row, lineFields),
          changedFor: actingFor(found),
        });
      });
      return oneLine(id, lineId);
    },

    async updateBudgetLine(
      actor: Actor,
      id: string,
      lineId: string,
      patch: z.output<typeof BudgetLinePatch>,
    ) {
      await change(actor, id, line(id, lineId), async ({ tx, found, row: before, at, keep }) => {
        const current = exact(before);
        const next = {
          ...current,
          ...(patch.label !== undefined ? { label: patch.label } : {}),
          ...(patch.currency !== undefined ? { currency: patch.currency } : {}),
          ...(patch.amount !== undefined ? { amount: normalizeDecimal(patch.amount) } : {}),
        };
        if (next.currency !== current.currency) {
          const use = await repo.lineUse(tx, lineId, next.currency);
          if (use.spending || use.pledges) {
            throw new Conflict(
              "Spending or money pledges are booked against this line in its currency: its currency cannot change.",
            );
          }
        }
        const changes = changesBetween<BudgetLineRow>(current, next, lineFields);
        if (!Object.keys(changes).length) return;
        await repo.updateBudgetLine(tx, lineId, {
          label: next.label,
          currency: next.currency,
          amount: next.amount,
          updatedAt: at,
        });
        await keep({ action: "updated", changes, changedFor: actingFor(found) });
      });
      return oneLine(id, lineId);
    },

    async deleteBudgetLine(actor: Actor, id: string, lineId: string) {
      await change(actor, id, line(id, lineId), async ({ tx, found, row: before, keep }) => {
        if ((await repo.lineUse(tx, lineId)).spending) {
          throw new Conflict("Spending is recorded against this line: it cannot be deleted.");
        }
        await repo.deleteBudgetLine(tx, lineId);
        await keep({
          action: "deleted",
          changes: changesBetween<BudgetLineRow>(exact(before), {}, lineFields),
          changedFor: actingFor(found),
        });
      });
    },
  };
}
