import { and, asc, count, eq, inArray, lt } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { campaignObjectives, objectiveProgress } from "./objectives.table.ts";

type Executor = Db | Tx;
export type ObjectiveRow = typeof campaignObjectives.$inferSelect;
export type ProgressRow = typeof objectiveProgress.$inferSelect;

export function createObjectivesRepo(db: Db) {
  return {
    /** A campaign's objectives, soonest deadline first. */
    async list(campaignId: string, tx: Executor = db): Promise<ObjectiveRow[]> {
      return tx
        .select()
        .from(campaignObjectives)
        .where(eq(campaignObjectives.campaignId, campaignId))
        .orderBy(asc(campaignObjectives.deadline), asc(campaignObjectives.createdAt))
        .limit(1000);
    },

    /** The objective, only if it is the campaign's; locked for the change under way. */
    async lock(tx: Tx, campaignId: string, id: string): Promise<ObjectiveRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignObjectives)
        .where(and(eq(campaignObjectives.id, id), eq(campaignObjectives.campaignId, campaignId)))
        .for("update");
      return row;
    },

    async find(campaignId: string, id: string, tx: Executor = db) {
      const [row] = await tx
        .select()
        .from(campaignObjectives)
        .where(and(eq(campaignObjectives.id, id), eq(campaignObjectives.campaignId, campaignId)));
      return row;
    },

    async count(tx: Executor, campaignId: string): Promise<number> {
      const [row] = await tx
        .select({ n: count() })
        .from(campaignObjectives)
        .where(eq(campaignObjectives.campaignId, campaignId));
      return row?.n ?? 0;
    },

    async insert(tx: Tx, row: typeof campaignObjectives.$inferInsert) {
      await tx.insert(campaignObjectives).values(row);
    },

    async update(tx: Tx, id: string, values: Partial<typeof campaignObjectives.$inferInsert>) {
      await tx.update(campaignObjectives).set(values).where(eq(campaignObjectives.id, id));
    },

    async remove(tx: Tx, id: string) {
      await tx.delete(campaignObjectives).where(eq(campaignObjectives.id, id));
    },

    /** Every reading of these objectives, oldest first (day measured, then when reported). */
    async progressOf(objectiveIds: readonly string[], tx: Executor = db): Promise<ProgressRow[]> {
      if (!objectiveIds.length) return [];
      return tx
        .select()
        .from(objectiveProgress)
        .where(inArray(objectiveProgress.objectiveId, [...objectiveIds]))
        .orderBy(
          asc(objectiveProgress.measuredOn),
          asc(objectiveProgress.reportedAt),
          asc(objectiveProgress.id),
        );
    },

    async readingCount(tx: Executor, objectiveId: string): Promise<number> {
      const [row] = await tx
        .select({ n: count() })
        .from(objectiveProgress)
        .where(eq(objectiveProgress.objectiveId, objectiveId));
      return row?.n ?? 0;
    },

    /** Whether a reading was measured before a day (a baseline may not move past readings). */
    async hasReadingBefore(tx: Executor, objectiveId: string, day: string): Promise<boolean> {
      const [row] = await tx
        .select({ id: objectiveProgress.id })
        .from(objectiveProgress)
        .where(
          and(
            eq(objectiveProgress.objectiveId, objectiveId),
            lt(objectiveProgress.measuredOn, day),
          ),
        )
        .limit(1);
      return !!row;
    },

    async findReading(tx: Executor, objectiveId: string, id: string) {
      const [row] = await tx
        .select()
        .from(objectiveProgress)
        .where(and(eq(objectiveProgress.id, id), eq(objectiveProgress.objectiveId, objectiveId)));
      return row;
    },

    async insertReading(tx: Tx, row: typeof objectiveProgress.$inferInsert) {
      await tx.insert(objectiveProgress).values(row);
    },

    async removeReading(tx: Tx, id: string) {
      await tx.delete(objectiveProgress).where(eq(objectiveProgress.id, id));
    },
  };
}
export type ObjectivesRepo = ReturnType<typeof createObjectivesRepo>;
