import type { z } from "zod";
import type {
  Spending,
  SpendingInput,
  SpendingList,
  SpendingListQuery,
  SpendingPatch,
} from "../../../shared/campaigns/resources.ts";
import type { SpendingStatus } from "../../../shared/campaigns/catalogue.ts";
import type { CurrencyCode } from "../../../shared/campaigns/currencies.ts";
import { normalizeDecimal } from "../../../shared/campaigns/money.ts";
import { pickText } from "../../../shared/locales.ts";
import type { Tx } from "../../db/client.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Conflict, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { InCampaign } from "./campaign-access.ts";
import { actingFor, createCampaignChange, partToChange } from "./campaign-part.ts";
import { changesBetween, patchOf } from "./history.ts";
import type { SpendingRow } from "./resources.repo.ts";
import {
  type ResourcesDeps,
  exact,
  invalid,
  noSuchCampaign,
  readingCampaign,
} from "./resources-common.ts";

const cursor = cursorFor(Keysets.date);
const noSuchSpending = "No such spending entry.";
const spendingFields = [
  "budgetLineId",
  "organizationId",
  "currency",
  "amount",
  "spentOn",
  "description",
  "receipt",
  "status",
  "queryNote",
] as const;

/**
 * Spending against the campaign's budget lines: the organisation that spent records and
 * corrects it, and the designated fund monitor alone confirms or queries it.
 */
export function createSpendingService(deps: ResourcesDeps) {
  const { repo, names, events } = deps;
  const change = createCampaignChange(deps);
  const reading = readingCampaign(deps);

  /** The monitor's organisation when an organisation is named; else whoever they speak for. */
  const monitoringFor = (found: InCampaign) =>
    found.campaign.fundMonitorOrganizationId ?? actingFor(found);

  async function presentSpending(rows: SpendingRow[]): Promise<Spending[]> {
    const [orgNames, people] = await Promise.all([
      names.organizations(rows.map((r) => r.organizationId)),
      names.people(rows.flatMap((r) => [r.recordedBy, r.confirmedBy])),
    ]);
    const person = (userId: string | null) =>
      userId ? { userId, name: people.get(userId) ?? "" } : null;
    return rows.map((r) => ({
      id: r.id,
      budgetLineId: r.budgetLineId,
      organization: {
        organizationId: r.organizationId,
        name: orgNames.get(r.organizationId) ?? "",
      },
      currency: r.currency as CurrencyCode,
      amount: normalizeDecimal(r.amount),
      spentOn: r.spentOn,
      description: r.description,
      receipt: r.receipt,
      status: r.status as SpendingStatus,
      reviewedBy: person(r.confirmedBy),
      reviewedAt: r.confirmedAt?.toISOString() ?? null,
      queryNote: r.queryNote,
      recordedBy: person(r.recordedBy),
      createdAt: r.createdAt.toISOString(),
    }));
  }

  async function oneSpending(campaignId: string, id: string): Promise<Spending> {
    const row = await repo.findSpending(campaignId, id);
    if (!row) throw new NotFound(noSuchSpending);
    return (await presentSpending([row]))[0] as Spending;
  }

  /** Spending goes against a line of the campaign, in that line's currency. */
  async function checkSpendingLine(
    tx: Tx,
    campaignId: string,
    s: { budgetLineId: string; currency: string },
  ) {
    const line = await repo.budgetLine(campaignId, s.budgetLineId, tx);
    if (!line) {
      throw invalid(
        "budgetLineId",
        "is not a budget line of this campaign",
        "No such budget line in this campaign.",
      );
    }
    if (line.currency !== s.currency) {
      throw invalid(
        "currency",
        `must be the budget line's currency (${line.currency})`,
        "Spending is recorded in its budget line's currency; nothing is converted.",
      );
    }
    return line;
  }

  /** Tells the fund monitor an entry awaits them, in the transaction that made it wait. */
  async function tellMonitor(tx: Tx, found: InCampaign, row: SpendingRow, actor: Actor) {
    const c = found.campaign;
    const monitor = c.fundMonitorOrganizationId
      ? { kind: "organization" as const, id: c.fundMonitorOrganizationId }
      : c.fundMonitorUserId
        ? { kind: "person" as const, id: c.fundMonitorUserId }
        : null;
    if (!monitor) return;
    const orgNames = await names.organizations([row.organizationId], tx);
    await events.emit(tx, "spending.awaitsConfirmation", {
      campaignId: c.id,
      campaignTitle: pickText(c.title, c.title.original),
      coalitionId: c.coalitionId,
      spendingId: row.id,
      monitor,
      organizationName: orgNames.get(row.organizationId) ?? "",
      amount: normalizeDecimal(row.amount),
      currency: row.currency,
      byUserId: actor.userId,
    });
  }

  /** The entry of this campaign, locked; `allow` says who may touch it. */
  const entry = (id: string, spendingId: string) => ({
    entity: "spending",
    entityId: spendingId,
    unknown: noSuchSpending,
    unknownCampaign: noSuchCampaign,
    lock: (tx: Tx) => repo.lockSpending(tx, id, spendingId),
  });

  /** An entry as its organisation may correct or delete it. */
  const ownEntry = (id: string, spendingId: string) =>
    partToChange({
      ...entry(id, spendingId),
      check: ["campaign.read"],
      allow: (row: SpendingRow) => ["spending.record", { organizationId: row.organizationId }],
    });

  /** The fund monitor confirms or queries an entry; once confirmed it is final. */
  async function review(
    actor: Actor,
    id: string,
    spendingId: string,
    outcome: { status: "confirmed" | "queried"; queryNote: string | null },
  ) {
    const part = partToChange({ ...entry(id, spendingId), check: ["spending.confirm"] });
    await change(actor, id, part, async ({ tx, found, row: before, at, keep }) => {
      if (before.status === "confirmed") {
        throw new Conflict("This entry is already confirmed, and a confirmation is final.");
      }
      const next = {
        ...before,
        status: outcome.status,
        queryNote: outcome.queryNote ?? before.queryNote,
        confirmedBy: actor.userId,
        confirmedAt: at,
      };
      await repo.updateSpending(tx, spendingId, {
        status: next.status,
        queryNote: next.queryNote,
        confirmedBy: actor.userId,
        confirmedAt: at,
      });
      await keep({
        action: outcome.status,
        changes: changesBetween<SpendingRow>(exact(before), exact(next), spendingFields),
        changedFor: monitoringFor(found),
      });
      if (outcome.status === "queried") {
        const c = found.campaign;
        await events.emit(tx, "spending.queried", {
          campaignId: c.id,
          campaignTitle: pickText(c.title, c.title.original),
          coalitionId: c.coalitionId,
          spendingId,
          organizationId: before.organizationId,
          amount: normalizeDecimal(before.amount),
          currency: before.currency,
          byUserId: actor.userId,
        });
      }
    });
    return oneSpending(id, spendingId);
  }

  return {
    async listSpending(
      actor: Actor | null,
      id: string,
      query: z.output<typeof SpendingListQuery>,
    ): Promise<z.infer<typeof SpendingList>> {
      const after = cursor.decode(query.cursor);
      await reading(actor, id);
      const rows = await repo.spending(id, query, after, query.limit + 1);
      const { items, nextCursor } = cursor.page(rows, query.limit, (r) => ({
        k: r.spentOn,
        id: r.id,
      }));
      return { items: await presentSpending(items), nextCursor };
    },

    async recordSpending(actor: Actor, id: string, input: z.output<typeof SpendingInput>) {
      const spendingId = newId();
      const part = partToChange({
        entity: "spending",
        entityId: spendingId,
        unknown: noSuchCampaign,
        check: ["spending.record", { organizationId: input.organizationId }],
      });
      await change(actor, id, part, async ({ tx, found, at, keep }) => {
        await checkSpendingLine(tx, id, input);
        const row: SpendingRow = {
          id: spendingId,
          campaignId: id,
          budgetLineId: input.budgetLineId,
          organizationId: input.organizationId,
          currency: input.currency,
          amount: normalizeDecimal(input.amount),
          spentOn: input.spentOn,
          description: input.description,
          receipt: input.receipt,
          status: "recorded",
          confirmedBy: null,
          confirmedAt: null,
          queryNote: null,
          recordedBy: actor.userId,
          createdAt: at,
        };
        await repo.insertSpending(tx, row);
        await keep({
          action: "created",
          changes: changesBetween<SpendingRow>(null, row, spendingFields),
          changedFor: input.organizationId,
        });
        await tellMonitor(tx, found, row, actor);
      });
      return oneSpending(id, spendingId);
    },

    /**
     * The organisation that spent corrects its entry until the fund monitor confirms it; a
     * queried entry, once corrected, awaits the monitor again.
     */
    async updateSpending(
      actor: Actor,
      id: string,
      spendingId: string,
      patch: z.output<typeof SpendingPatch>,
    ) {
      const part = ownEntry(id, spendingId);
      await change(actor, id, part, async ({ tx, found, row: before, keep }) => {
        if (before.status === "confirmed") {
          throw new Conflict("The fund monitor has confirmed this entry: it can no longer change.");
        }
        const current = exact(before);
        const next: SpendingRow = {
          ...current,
          ...patchOf<SpendingRow>(patch, [
            "budgetLineId",
            "currency",
            "amount",
            "spentOn",
            "description",
            "receipt",
          ]),
        };
        next.amount = normalizeDecimal(next.amount);
        await checkSpendingLine(tx, id, next);
        if (!Object.keys(changesBetween<SpendingRow>(current, next, spendingFields)).length) return;
        // Only a real correction answers a query: the entry then awaits the monitor again.
        const answered = before.status === "queried";
        if (answered) next.status = "recorded";
        await repo.updateSpending(tx, spendingId, {
          budgetLineId: next.budgetLineId,
          currency: next.currency,
          amount: next.amount,
          spentOn: next.spentOn,
          description: next.description,
          receipt: next.receipt,
          status: next.status,
        });
        await keep({
          action: "updated",
          changes: changesBetween<SpendingRow>(current, next, spendingFields),
          changedFor: before.organizationId,
        });
        if (answered) await tellMonitor(tx, found, next, actor);
      });
      return oneSpending(id, spendingId);
    },

    async deleteSpending(actor: Actor, id: string, spendingId: string) {
      await change(actor, id, ownEntry(id, spendingId), async ({ tx, row: before, keep }) => {
        if (before.status === "confirmed") {
          throw new Conflict("The fund monitor has confirmed this entry: it is kept.");
        }
        await repo.deleteSpending(tx, spendingId);
        await keep({
          action: "deleted",
          changes: changesBetween<SpendingRow>(exact(before), {}, spendingFields),
          changedFor: before.organizationId,
        });
      });
    },

    /** The fund monitor alone confirms an entry; once confirmed it is final. */
    async confirmSpending(actor: Actor, id: string, spendingId: string) {
      return review(actor, id, spendingId, { status: "confirmed", queryNote: null });
    },

    /** The fund monitor alone queries an entry, saying why; the spender then corrects it. */
    async querySpending(actor: Actor, id: string, spendingId: string, note: string) {
      return review(actor, id, spendingId, { status: "queried", queryNote: note });
    },
  };
}
