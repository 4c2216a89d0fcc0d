import { and, asc, count, desc, eq, lt, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { campaignBudgetLines, campaignPledges, campaignSpending } from "./resources.table.ts";

type Executor = Db | Tx;
export type PledgeRow = typeof campaignPledges.$inferSelect;
export type BudgetLineRow = typeof campaignBudgetLines.$inferSelect;
export type SpendingRow = typeof campaignSpending.$inferSelect;
/** A budget line with the sums of its spending by status, as exact decimal strings. */
export type BudgetLineWithSpending = BudgetLineRow & {
  confirmed: string;
  pending: string;
  queried: string;
};

/** Sum of spending amounts in one status, exact (numeric), zero when there is none. */
const spentIn = (status: string) =>
  sql<string>`coalesce(sum(${campaignSpending.amount}) filter (where ${campaignSpending.status} = ${status}), 0)::text`;

/** The SQL of a campaign's pledges, budget lines and spending; sums are done here, exactly. */
export function createResourcesRepo(db: Db) {
  return {
    async pledges(campaignId: string, tx: Executor = db) {
      return tx
        .select()
        .from(campaignPledges)
        .where(eq(campaignPledges.campaignId, campaignId))
        .orderBy(asc(campaignPledges.createdAt), asc(campaignPledges.id));
    },

    /** One pledge of the campaign, locked for the change about to be made. */
    async lockPledge(tx: Tx, campaignId: string, id: string): Promise<PledgeRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignPledges)
        .where(and(eq(campaignPledges.id, id), eq(campaignPledges.campaignId, campaignId)))
        .for("update");
      return row;
    },

    async insertPledge(tx: Tx, row: typeof campaignPledges.$inferInsert) {
      await tx.insert(campaignPledges).values(row);
    },

    async updatePledge(tx: Tx, id: string, values: Partial<typeof campaignPledges.$inferInsert>) {
      await tx.update(campaignPledges).set(values).where(eq(campaignPledges.id, id));
    },

    async deletePledge(tx: Tx, id: string) {
      await tx.delete(campaignPledges).where(eq(campaignPledges.id, id));
    },

    /** The campaign's budget lines, oldest first, each with its spending summed by status. */
    async budgetLines(campaignId: string, tx: Executor = db): Promise<BudgetLineWithSpending[]> {
      return tx
        .select({
          id: campaignBudgetLines.id,
          campaignId: campaignBudgetLines.campaignId,
          label: campaignBudgetLines.label,
          currency: campaignBudgetLines.currency,
          amount: campaignBudgetLines.amount,
          createdAt: campaignBudgetLines.createdAt,
          updatedAt: campaignBudgetLines.updatedAt,
          confirmed: spentIn("confirmed"),
          pending: spentIn("recorded"),
          queried: spentIn("queried"),
        })
        .from(campaignBudgetLines)
        .leftJoin(campaignSpending, eq(campaignSpending.budgetLineId, campaignBudgetLines.id))
        .where(eq(campaignBudgetLines.campaignId, campaignId))
        .groupBy(campaignBudgetLines.id)
        .orderBy(asc(campaignBudgetLines.createdAt), asc(campaignBudgetLines.id));
    },

    async budgetLine(
      campaignId: string,
      id: string,
      tx: Executor = db,
    ): Promise<BudgetLineRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignBudgetLines)
        .where(and(eq(campaignBudgetLines.id, id), eq(campaignBudgetLines.campaignId, campaignId)));
      return row;
    },

    async lockBudgetLine(tx: Tx, campaignId: string, id: string) {
      const [row] = await tx
        .select()
        .from(campaignBudgetLines)
        .where(and(eq(campaignBudgetLines.id, id), eq(campaignBudgetLines.campaignId, campaignId)))
        .for("update");
      return row;
    },

    async insertBudgetLine(tx: Tx, row: typeof campaignBudgetLines.$inferInsert) {
      await tx.insert(campaignBudgetLines).values(row);
    },

    async updateBudgetLine(
      tx: Tx,
      id: string,
      values: Partial<typeof campaignBudgetLines.$inferInsert>,
    ) {
      await tx.update(campaignBudgetLines).set(values).where(eq(campaignBudgetLines.id, id));
    },

    async deleteBudgetLine(tx: Tx, id: string) {
      await tx.delete(campaignBudgetLines).where(eq(campaignBudgetLines.id, id));
    },

    /** What is booked against a line: spending entries, and money pledges in another currency. */
    async lineUse(tx: Tx, id: string, currency?: string) {
      const [spending] = await tx
        .select({ n: count() })
        .from(campaignSpending)
        .where(eq(campaignSpending.budgetLineId, id));
      const [pledges] = await tx
        .select({ n: count() })
        .from(campaignPledges)
        .where(
          and(
            eq(campaignPledges.budgetLineId, id),
            currency ? sql`${campaignPledges.currency} <> ${currency}` : undefined,
          ),
        );
      return { spending: spending?.n ?? 0, pledges: pledges?.n ?? 0 };
    },

    /** A campaign's spending, newest first (by the day spent), filtered. */
    async spending(
      campaignId: string,
      filter: {
        budgetLineId?: string | undefined;
        organizationId?: string | undefined;
        status?: string | undefined;
      },
      after: { k: string; id: string } | null,
      limit: number,
    ) {
      return db
        .select()
        .from(campaignSpending)
        .where(
          and(
            eq(campaignSpending.campaignId, campaignId),
            filter.budgetLineId
              ? eq(campaignSpending.budgetLineId, filter.budgetLineId)
              : undefined,
            filter.organizationId
              ? eq(campaignSpending.organizationId, filter.organizationId)
              : undefined,
            filter.status ? eq(campaignSpending.status, filter.status) : undefined,
            after
              ? or(
                  lt(campaignSpending.spentOn, after.k),
                  and(eq(campaignSpending.spentOn, after.k), lt(campaignSpending.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(campaignSpending.spentOn), desc(campaignSpending.id))
        .limit(limit);
    },

    async findSpending(campaignId: string, id: string, tx: Executor = db) {
      const [row] = await tx
        .select()
        .from(campaignSpending)
        .where(and(eq(campaignSpending.id, id), eq(campaignSpending.campaignId, campaignId)));
      return row;
    },

    async lockSpending(tx: Tx, campaignId: string, id: string): Promise<SpendingRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignSpending)
        .where(and(eq(campaignSpending.id, id), eq(campaignSpending.campaignId, campaignId)))
        .for("update");
      return row;
    },

    async insertSpending(tx: Tx, row: typeof campaignSpending.$inferInsert) {
      await tx.insert(campaignSpending).values(row);
    },

    async updateSpending(
      tx: Tx,
      id: string,
      values: Partial<typeof campaignSpending.$inferInsert>,
    ) {
      await tx.update(campaignSpending).set(values).where(eq(campaignSpending.id, id));
    },

    async deleteSpending(tx: Tx, id: string) {
      await tx.delete(campaignSpending).where(eq(campaignSpending.id, id));
    },

    /** Pledges summed per kind and currency: pledged, received, and how many arrived in full. */
    async pledgeSums(campaignId: string) {
      return db
        .select({
          kind: campaignPledges.kind,
          currency: campaignPledges.currency,
          pledged: sql<string>`sum(${campaignPledges.amount})::text`,
          received: sql<string>`sum(${campaignPledges.received})::text`,
          pledges: count(),
          receivedInFull:
            sql<number>`count(*) filter (where ${campaignPledges.received} >= ${campaignPledges.amount})`.mapWith(
              Number,
            ),
        })
        .from(campaignPledges)
        .where(eq(campaignPledges.campaignId, campaignId))
        .groupBy(campaignPledges.kind, campaignPledges.currency);
    },

    /** Spending summed per currency and status, with how many entries. */
    async spendingSums(campaignId: string) {
      return db
        .select({
          currency: campaignSpending.currency,
          status: campaignSpending.status,
          amount: sql<string>`sum(${campaignSpending.amount})::text`,
          entries: count(),
        })
        .from(campaignSpending)
        .where(eq(campaignSpending.campaignId, campaignId))
        .groupBy(campaignSpending.currency, campaignSpending.status);
    },
  };
}
export type ResourcesRepo = ReturnType<typeof createResourcesRepo>;
