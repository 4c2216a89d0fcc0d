import type { z } from "zod";
import type {
  BudgetLine,
  BudgetLineInput,
  BudgetLinePatch,
  Pledge,
  PledgeInput,
  PledgePatch,
  ResourcesSummary,
  Spending,
  SpendingInput,
  SpendingList,
  SpendingListQuery,
  SpendingPatch,
} from "../../../shared/campaigns/resources.ts";
import type { PledgeKind, SpendingStatus } from "../../../shared/campaigns/catalogue.ts";
import type { CurrencyCode } from "../../../shared/campaigns/currencies.ts";
import {
  type MoneyEntry,
  addDecimals,
  compareDecimals,
  normalizeDecimal,
  subtractDecimals,
  totalsByCurrency,
} from "../../../shared/campaigns/money.ts";
import { pickText } from "../../../shared/locales.ts";
import type { Tx } from "../../db/client.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { InCampaign } from "./campaign-access.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import { changesBetween, recordHistory } from "./history.ts";
import {
  type BudgetLineRow,
  type BudgetLineWithSpending,
  type PledgeRow,
  type SpendingRow,
  createResourcesRepo,
} from "./resources.repo.ts";

const cursor = cursorFor(Keysets.date);
const noSuchCampaign = "No such campaign.";
const noSuchPledge = "No such pledge.";
const noSuchLine = "No such budget line.";
const noSuchSpending = "No such spending entry.";
const pledgeFields = [
  "organizationId",
  "kind",
  "currency",
  "amount",
  "received",
  "description",
  "budgetLineId",
] as const;
const lineFields = ["label", "currency", "amount"] as const;
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

/** Amounts as the API writes them: "100.0000" from the database is "100". */
const exact = <T extends { amount: string; received?: string }>(row: T): T => ({
  ...row,
  amount: normalizeDecimal(row.amount),
  ...(row.received !== undefined ? { received: normalizeDecimal(row.received) } : {}),
});

const invalid = (field: string, message: string, detail: string) =>
  new Invalid(detail, [{ field: `body.${field}`, message }]);

/**
 * A campaign's pooled resources: pledges by organisation, budget lines, and spending that the
 * designated fund monitor alone confirms or queries. Totals are per currency and exact; nothing
 * is converted. Every change is kept in the campaign's history.
 */
export function createResourcesService(deps: CampaignPartDeps) {
  const { database, access, names, clock, events } = deps;
  const repo = createResourcesRepo(database.db);

  /** The organisation a runner acted for: the lead when they speak for it. */
  const runningFor = (found: InCampaign) => {
    const speaking = found.standing.organizations.filter((o) => o.speaks || o.runs);
    return (
      speaking.find((o) => o.organizationId === found.campaign.leadOrganizationId)
        ?.organizationId ??
      speaking[0]?.organizationId ??
      null
    );
  };

  /** The monitor's organisation when an organisation is named; else whoever they speak for. */
  const monitoringFor = (found: InCampaign) =>
    found.campaign.fundMonitorOrganizationId ?? runningFor(found);

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

  const presentLine = (r: BudgetLineWithSpending): BudgetLine => ({
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

  async function onePledge(campaignId: string, id: string): Promise<Pledge> {
    const row = (await repo.pledges(campaignId)).find((r) => r.id === id);
    if (!row) throw new NotFound(noSuchPledge);
    return (await presentPledges([row]))[0] as Pledge;
  }

  async function oneLine(campaignId: string, id: string): Promise<BudgetLine> {
    const row = (await repo.budgetLines(campaignId)).find((r) => r.id === id);
    if (!row) throw new NotFound(noSuchLine);
    return presentLine(row);
  }

  async function oneSpending(campaignId: string, id: string): Promise<Spending> {
    const row = await repo.findSpending(campaignId, id);
    if (!row) throw new NotFound(noSuchSpending);
    return (await presentSpending([row]))[0] as Spending;
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

  /** Loads the campaign for a reader, inside the transaction. */
  const reading = (actor: Actor | null, id: string, tx?: Tx) =>
    access.authorize(actor, id, { unknown: noSuchCampaign, tx }, "campaign.read");

  return {
    async listPledges(actor: Actor | null, id: string) {
      await reading(actor, id);
      return { items: await presentPledges(await repo.pledges(id)) };
    },

    async createPledge(actor: Actor, id: string, input: z.output<typeof PledgeInput>) {
      const pledgeId = newId();
      await database.db.transaction(async (tx) => {
        await access.authorize(actor, id, { unknown: noSuchCampaign, tx }, "pledge.make", {
          organizationId: input.organizationId,
        });
        const at = clock.now();
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
        await recordHistory(tx, {
          campaignId: id,
          entity: "pledge",
          entityId: pledgeId,
          action: "created",
          changes: changesBetween<PledgeRow>(null, row, pledgeFields),
          changedBy: actor.userId,
          changedFor: input.organizationId,
          changedAt: at,
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
      await database.db.transaction(async (tx) => {
        const found = await reading(actor, id, tx);
        const before = await repo.lockPledge(tx, id, pledgeId);
        if (!before) throw new NotFound(noSuchPledge);
        const onlyReceived = Object.keys(patch).every((k) => k === "received");
        const org = { organizationId: before.organizationId };
        if (onlyReceived) access.also(found, noSuchPledge, "pledge.receive", org);
        else access.also(found, noSuchPledge, "pledge.make", org);
        const current = exact(before);
        const next = { ...current };
        for (const key of [
          "kind",
          "currency",
          "amount",
          "received",
          "description",
          "budgetLineId",
        ] as const) {
          if (patch[key] !== undefined) (next as Record<string, unknown>)[key] = patch[key];
        }
        // Changing money to staff days drops the currency, unless one was sent.
        if (patch.kind && patch.kind !== "money" && patch.currency === undefined) {
          next.currency = null;
        }
        next.amount = normalizeDecimal(next.amount);
        next.received = normalizeDecimal(next.received);
        await checkPledge(tx, id, next);
        const changes = changesBetween<PledgeRow>(current, next, pledgeFields);
        if (!Object.keys(changes).length) return;
        const at = clock.now();
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
        await recordHistory(tx, {
          campaignId: id,
          entity: "pledge",
          entityId: pledgeId,
          action: onlyReceived ? "received" : "updated",
          changes,
          changedBy: actor.userId,
          changedFor: speaksForPledger ? before.organizationId : runningFor(found),
          changedAt: at,
        });
      });
      return onePledge(id, pledgeId);
    },

    async deletePledge(actor: Actor, id: string, pledgeId: string) {
      await database.db.transaction(async (tx) => {
        const found = await reading(actor, id, tx);
        const before = await repo.lockPledge(tx, id, pledgeId);
        if (!before) throw new NotFound(noSuchPledge);
        access.also(found, noSuchPledge, "pledge.make", { organizationId: before.organizationId });
        await repo.deletePledge(tx, pledgeId);
        await recordHistory(tx, {
          campaignId: id,
          entity: "pledge",
          entityId: pledgeId,
          action: "deleted",
          changes: changesBetween<PledgeRow>(exact(before), {}, pledgeFields),
          changedBy: actor.userId,
          changedFor: before.organizationId,
          changedAt: clock.now(),
        });
      });
    },

    async listBudgetLines(actor: Actor | null, id: string) {
      await reading(actor, id);
      return { items: (await repo.budgetLines(id)).map(presentLine) };
    },

    async createBudgetLine(actor: Actor, id: string, input: z.output<typeof BudgetLineInput>) {
      const lineId = newId();
      await database.db.transaction(async (tx) => {
        const found = await access.authorize(
          actor,
          id,
          { unknown: noSuchCampaign, tx },
          "campaign.run",
        );
        const at = clock.now();
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
        await recordHistory(tx, {
          campaignId: id,
          entity: "budget_line",
          entityId: lineId,
          action: "created",
          changes: changesBetween<BudgetLineRow>(null, row, lineFields),
          changedBy: actor.userId,
          changedFor: runningFor(found),
          changedAt: at,
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
      await database.db.transaction(async (tx) => {
        const found = await reading(actor, id, tx);
        const before = await repo.lockBudgetLine(tx, id, lineId);
        if (!before) throw new NotFound(noSuchLine);
        access.also(found, noSuchLine, "campaign.run");
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
        const at = clock.now();
        await repo.updateBudgetLine(tx, lineId, {
          label: next.label,
          currency: next.currency,
          amount: next.amount,
          updatedAt: at,
        });
        await recordHistory(tx, {
          campaignId: id,
          entity: "budget_line",
          entityId: lineId,
          action: "updated",
          changes,
          changedBy: actor.userId,
          changedFor: runningFor(found),
          changedAt: at,
        });
      });
      return oneLine(id, lineId);
    },

    async deleteBudgetLine(actor: Actor, id: string, lineId: string) {
      await database.db.transaction(async (tx) => {
        const found = await reading(actor, id, tx);
        const before = await repo.lockBudgetLine(tx, id, lineId);
        if (!before) throw new NotFound(noSuchLine);
        access.also(found, noSuchLine, "campaign.run");
        if ((await repo.lineUse(tx, lineId)).spending) {
          throw new Conflict("Spending is recorded against this line: it cannot be deleted.");
        }
        await repo.deleteBudgetLine(tx, lineId);
        await recordHistory(tx, {
          campaignId: id,
          entity: "budget_line",
          entityId: lineId,
          action: "deleted",
          changes: changesBetween<BudgetLineRow>(exact(before), {}, lineFields),
          changedBy: actor.userId,
          changedFor: runningFor(found),
          changedAt: clock.now(),
        });
      });
    },

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
      await database.db.transaction(async (tx) => {
        const found = await access.authorize(
          actor,
          id,
          { unknown: noSuchCampaign, tx },
          "spending.record",
          { organizationId: input.organizationId },
        );
        await checkSpendingLine(tx, id, input);
        const at = clock.now();
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
        await recordHistory(tx, {
          campaignId: id,
          entity: "spending",
          entityId: spendingId,
          action: "created",
          changes: changesBetween<SpendingRow>(null, row, spendingFields),
          changedBy: actor.userId,
          changedFor: input.organizationId,
          changedAt: at,
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
      await database.db.transaction(async (tx) => {
        const found = await reading(actor, id, tx);
        const before = await repo.lockSpending(tx, id, spendingId);
        if (!before) throw new NotFound(noSuchSpending);
        access.also(found, noSuchSpending, "spending.record", {
          organizationId: before.organizationId,
        });
        if (before.status === "confirmed") {
          throw new Conflict("The fund monitor has confirmed this entry: it can no longer change.");
        }
        const current = exact(before);
        const next: SpendingRow = { ...current };
        for (const key of [
          "budgetLineId",
          "currency",
          "amount",
          "spentOn",
          "description",
          "receipt",
        ] as const) {
          if (patch[key] !== undefined) (next as Record<string, unknown>)[key] = patch[key];
        }
        next.amount = normalizeDecimal(next.amount);
        await checkSpendingLine(tx, id, next);
        if (!Object.keys(changesBetween<SpendingRow>(current, next, spendingFields)).length) return;
        const answered = before.status === "queried";
        if (answered) next.status = "recorded";
        const at = clock.now();
        await repo.updateSpending(tx, spendingId, {
          budgetLineId: next.budgetLineId,
          currency: next.currency,
          amount: next.amount,
          spentOn: next.spentOn,
          description: next.description,
          receipt: next.receipt,
          status: next.status,
        });
        await recordHistory(tx, {
          campaignId: id,
          entity: "spending",
          entityId: spendingId,
          action: "updated",
          changes: changesBetween<SpendingRow>(current, next, spendingFields),
          changedBy: actor.userId,
          changedFor: before.organizationId,
          changedAt: at,
        });
        if (answered) await tellMonitor(tx, found, next, actor);
      });
      return oneSpending(id, spendingId);
    },

    async deleteSpending(actor: Actor, id: string, spendingId: string) {
      await database.db.transaction(async (tx) => {
        const found = await reading(actor, id, tx);
        const before = await repo.lockSpending(tx, id, spendingId);
        if (!before) throw new NotFound(noSuchSpending);
        access.also(found, noSuchSpending, "spending.record", {
          organizationId: before.organizationId,
        });
        if (before.status === "confirmed") {
          throw new Conflict("The fund monitor has confirmed this entry: it is kept.");
        }
        await repo.deleteSpending(tx, spendingId);
        await recordHistory(tx, {
          campaignId: id,
          entity: "spending",
          entityId: spendingId,
          action: "deleted",
          changes: changesBetween<SpendingRow>(exact(before), {}, spendingFields),
          changedBy: actor.userId,
          changedFor: before.organizationId,
          changedAt: clock.now(),
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

  async function review(
    actor: Actor,
    id: string,
    spendingId: string,
    outcome: { status: "confirmed" | "queried"; queryNote: string | null },
  ) {
    await database.db.transaction(async (tx) => {
      const found = await access.authorize(
        actor,
        id,
        { unknown: noSuchCampaign, tx },
        "spending.confirm",
      );
      const before = await repo.lockSpending(tx, id, spendingId);
      if (!before) throw new NotFound(noSuchSpending);
      if (before.status === "confirmed") {
        throw new Conflict("This entry is already confirmed, and a confirmation is final.");
      }
      const at = clock.now();
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
      await recordHistory(tx, {
        campaignId: id,
        entity: "spending",
        entityId: spendingId,
        action: outcome.status,
        changes: changesBetween<SpendingRow>(exact(before), exact(next), spendingFields),
        changedBy: actor.userId,
        changedFor: monitoringFor(found),
        changedAt: at,
      });
    });
    return oneSpending(id, spendingId);
  }
}
export type ResourcesService = ReturnType<typeof createResourcesService>;
