import { and, arrayContains, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { campaigns } from "./campaigns.table.ts";
import { campaignOutcomes, campaignReviews } from "./outcomes.table.ts";

type Executor = Db | Tx;
export type OutcomeRow = typeof campaignOutcomes.$inferSelect;
export type ReviewRow = typeof campaignReviews.$inferSelect;
type Keyset = { k: string; id: string };

export function createOutcomesRepo(db: Db) {
  return {
    /** A campaign's outcomes, the latest observed first. */
    async list(
      campaignId: string,
      filter: { significance?: string | undefined },
      after: Keyset | null,
      limit: number,
    ) {
      return db
        .select()
        .from(campaignOutcomes)
        .where(
          and(
            eq(campaignOutcomes.campaignId, campaignId),
            filter.significance
              ? eq(campaignOutcomes.significance, filter.significance)
              : undefined,
            after
              ? or(
                  lt(campaignOutcomes.observedOn, after.k),
                  and(eq(campaignOutcomes.observedOn, after.k), lt(campaignOutcomes.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(campaignOutcomes.observedOn), desc(campaignOutcomes.id))
        .limit(limit);
    },

    /** One outcome of the campaign, locked for a change; undefined for another campaign's. */
    async lock(tx: Tx, campaignId: string, id: string): Promise<OutcomeRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignOutcomes)
        .where(and(eq(campaignOutcomes.id, id), eq(campaignOutcomes.campaignId, campaignId)))
        .for("update");
      return row;
    },

    async find(id: string, tx: Executor = db): Promise<OutcomeRow | undefined> {
      const [row] = await tx.select().from(campaignOutcomes).where(eq(campaignOutcomes.id, id));
      return row;
    },

    async insert(tx: Tx, row: OutcomeRow) {
      await tx.insert(campaignOutcomes).values(row);
    },

    async update(tx: Tx, id: string, values: Partial<OutcomeRow>) {
      await tx.update(campaignOutcomes).set(values).where(eq(campaignOutcomes.id, id));
    },

    async remove(tx: Tx, id: string) {
      await tx.delete(campaignOutcomes).where(eq(campaignOutcomes.id, id));
    },

    async review(campaignId: string, tx: Executor = db): Promise<ReviewRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignReviews)
        .where(eq(campaignReviews.campaignId, campaignId));
      return row;
    },

    async lockReview(tx: Tx, campaignId: string): Promise<ReviewRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignReviews)
        .where(eq(campaignReviews.campaignId, campaignId))
        .for("update");
      return row;
    },

    async insertReview(tx: Tx, row: ReviewRow) {
      await tx.insert(campaignReviews).values(row);
    },

    async updateReview(tx: Tx, campaignId: string, values: Partial<ReviewRow>) {
      await tx
        .update(campaignReviews)
        .set(values)
        .where(eq(campaignReviews.campaignId, campaignId));
    },

    /**
     * Reviews that may be the viewer's to read, newest first: every review shared with the
     * platform, and those of campaigns in the given coalitions (those the viewer's
     * organisations are inside) or owned by the viewer's organisations. Only candidates: the
     * policy decides for each.
     */
    async lessonCandidates(
      viewer: { organizationIds: readonly string[]; coalitionIds: readonly string[] },
      filter: { tactic?: string | undefined; issue?: string | undefined },
      after: Keyset | null,
      limit: number,
    ) {
      const mine = or(
        viewer.coalitionIds.length
          ? inArray(campaigns.coalitionId, [...viewer.coalitionIds])
          : undefined,
        viewer.organizationIds.length
          ? and(
              isNull(campaigns.coalitionId),
              inArray(campaigns.ownerOrganizationId, [...viewer.organizationIds]),
            )
          : undefined,
      );
      return db
        .select({
          review: campaignReviews,
          campaign: campaigns,
          /** The viewer may stand inside the campaign's owner. */
          mine: mine ? sql<boolean>`coalesce(${mine}, false)` : sql<boolean>`false`,
        })
        .from(campaignReviews)
        .innerJoin(campaigns, eq(campaigns.id, campaignReviews.campaignId))
        .where(
          and(
            mine
              ? or(eq(campaignReviews.shared, "platform"), mine)
              : eq(campaignReviews.shared, "platform"),
            filter.tactic ? arrayContains(campaignReviews.tactics, [filter.tactic]) : undefined,
            filter.issue ? arrayContains(campaignReviews.issues, [filter.issue]) : undefined,
            after
              ? or(
                  lt(campaignReviews.updatedAt, new Date(after.k)),
                  and(
                    eq(campaignReviews.updatedAt, new Date(after.k)),
                    lt(campaignReviews.id, after.id),
                  ),
                )
              : undefined,
          ),
        )
        .orderBy(desc(campaignReviews.updatedAt), desc(campaignReviews.id))
        .limit(limit);
    },
  };
}
export type OutcomesRepo = ReturnType<typeof createOutcomesRepo>;
