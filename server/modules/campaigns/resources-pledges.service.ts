import type { z } from "zod";
import type { Pledge, PledgeInput, PledgePatch } from "../../../shared/campaigns/resources.ts";
import type { PledgeKind } from "../../../shared/campaigns/catalogue.ts";
import type { CurrencyCode } from "../../../shared/campaigns/currencies.ts";
import { compareDecimals, normalizeDecimal } from "../../../shared/campaigns/money.ts";
import type { Tx } from "../../db/client.ts";
import { NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { actingFor, createCampaignChange, partToChange } from "./campaign-part.ts";
import { changesBetween, patchOf } from "./history.ts";
import type { PledgeRow } from "./resources.repo.ts";
import {
  type ResourcesDeps,
  exact,
  invalid,
  noSuchCampaign,
  readingCampaign,
} from "./resources-common.ts";

const noSuchPledge = "No such pledge.";
/** What the pledging organisation may change of its pledge. */
const pledgeTerms = [
  "kind",
  "currency",
  "amount",
  "received",
  "description",
  "budgetLineId",
] as const;
const pledgeFields = ["organizationId", ...pledgeTerms] as const;

/** What each organisation pledges to the campaign (money, staff days, things in kind), and what arrived. */
export function createPledgesService(deps: ResourcesDeps) {
  const { repo, names } = deps;
  const change = createCampaignChange(deps);
  const reading = readingCampaign(deps);

  async function presentPledges(rows: PledgeRow[]): Promise<Pledge[]> {
    const orgNames = await names.organizations(rows.map((r) => r.organizationId));
    return rows.map((r) => ({
      id: r.id,
      organization: {
        organizationId: r.organizationId,
        name: orgNames.get(r.organizationId) ?? "",
      },
      kind: r.kind as PledgeKind,
      currency: r.currency as CurrencyCode | null,
      amount: normalizeDecimal(r.amount),
      received: normalizeDecimal(r.received),
      description: r.description,
      budgetLineId: r.budgetLineId,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
  }

  async function onePledge(campaignId: string, id: string): Promise<Pledge> {
    const row = (await repo.pledges(campaignId)).find((r) => r.id === id);
    if (!row) throw new NotFound(noSuchPledge);
    return (await presentPledges([row]))[0] as Pledge;
  }

  /** A pledge that makes sense: its currency fits its kind, its line is the campaign's. */
  async function checkPledge(
    tx: Tx,
    campaignId: string,
    p: Pick<
      PledgeRow,
      "kind" | "currency" | "amount" | "received" | "description" | "budgetLineId"
    >,
  ) {
    if ((p.kind === "money") !== !!p.currency) {
      throw invalid(
        "currency",
        "money needs a currency; staff days and things in kind have none",
        "Money is pledged in a currency; staff days and things in kind have none.",
      );
    }
    if (p.kind === "in_kind" && !p.description) {
      throw invalid("description", "say what is given in kind", "Say what is given in kind.");
    }
    if (compareDecimals(p.received, p.amount) > 0) {
      throw invalid("received", "is more than was pledged", "More has arrived than was pledged.");
    }
    if (p.budgetLineId) {
      const line = await repo.budgetLine(campaignId, p.budgetLineId, tx);
      if (!line) {
        throw invalid(
          "budgetLineId",
          "is not a budget line of this campaign",
          "No such budget line in this campaign.",
        );
      }
      if (p.kind === "money" && line.currency !== p.currency) {
        throw invalid(
          "currency",
          `must be the budget line's currency (${line.currency})`,
          "Money pledged to a budget line is in the line's currency.",
        );
      }
    }
  }

  /** The pledge of this campaign, locked; only its organisation may change it. */
  const pledge = (id: string, pledgeId: string) =>
    partToChange({
      entity: "pledge",
      entityId: pledgeId,
      unknown: noSuchPledge,
      unknownCampaign: noSuchCampaign,
      check: ["campaign.read"],
      lock: (tx: Tx) => repo.lockPledge(tx, id, pledgeId),
      allow: (row: PledgeRow) => ["pledge.make", { organizationId: row.organizationId }],
    });

  return {
    async listPledges(actor: Actor | null, id: string) {
      await reading(actor, id);
      return { items: await presentPledges(await repo.pledges(id)) };
    },

    async createPledge(actor: Actor, id: string, input: z.output<typeof PledgeInput>) {
      const pledgeId = newId();
      const part = partToChange({
        entity: "pledge",
        entityId: pledgeId,
        unknown: noSuchCampaign,
        check: ["pledge.make", { organizationId: input.organizationId }],
      });
      await change(actor, id, part, async ({ tx, at, keep }) => {
        const row = {
          id: pledgeId,
          campaignId: id,
          organizationId: input.organizationId,
          kind: input.kind,
          currency: input.currency ?? null,
          amount: normalizeDecimal(input.amount),
          received: normalizeDecimal(input.received ?? "0"),
          description: input.description ?? null,
          budgetLineId: input.budgetLineId ?? null,
          createdBy: actor.userId,
          createdAt: at,
          updatedAt: at,
        };
        await checkPledge(tx, id, row);
        await repo.insertPledge(tx, row);
        await keep({
          action: "created",
          changes: changesBetween<PledgeRow>(null, row, pledgeFields),
          changedFor: input.organizationId,
        });
      });
      return onePledge(id, pledgeId);
    },

    /**
     * The pledging organisation changes its pledge; what has arrived may also be recorded by
     * those running the campaign (a change of `received` alone).
     */
    async updatePledge(
      actor: Actor,
      id: string,
      pledgeId: string,
      patch: z.output<typeof PledgePatch>,
    ) {
      const onlyReceived = Object.keys(patch).every((k) => k === "received");
      const part = partToChange({
        ...pledge(id, pledgeId),
        allow: (row: PledgeRow) => [
          onlyReceived ? "pledge.receive" : "pledge.make",
          { organizationId: row.organizationId },
        ],
      });
      await change(actor, id, part, async ({ tx, found, row: before, at, keep }) => {
        const current = exact(before);
        const next = { ...current, ...patchOf<PledgeRow>(patch, pledgeTerms) };
        // Changing money to staff days drops the currency, unless one was sent.
        if (patch.kind && patch.kind !== "money" && patch.currency === undefined) {
          next.currency = null;
        }
        next.amount = normalizeDecimal(next.amount);
        next.received = normalizeDecimal(next.received);
        await checkPledge(tx, id, next);
        const changes = changesBetween<PledgeRow>(current, next, pledgeFields);
        if (!Object.keys(changes).length) return;
        await repo.updatePledge(tx, pledgeId, {
          kind: next.kind,
          currency: next.currency,
          amount: next.amount,
          received: next.received,
          description: next.description,
          budgetLineId: next.budgetLineId,
          updatedAt: at,
        });
        const speaksForPledger = found.standing.organizations.some(
          (o) => o.speaks && o.organizationId === before.organizationId,
        );
        await keep({
          action: onlyReceived ? "received" : "updated",
          changes,
          changedFor: speaksForPledger ? before.organizationId : actingFor(found),
        });
      });
      return onePledge(id, pledgeId);
    },

    async deletePledge(actor: Actor, id: string, pledgeId: string) {
      await change(actor, id, pledge(id, pledgeId), async ({ tx, row: before, keep }) => {
        await repo.deletePledge(tx, pledgeId);
        await keep({
          action: "deleted",
          changes: changesBetween<PledgeRow>(exact(before), {}, pledgeFields),
          changedFor: before.organizationId,
        });
      });
    },
  };
}
