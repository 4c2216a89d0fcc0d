import { and, asc, eq, getTableColumns, inArray, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { type ActionItemStatus, pendingActionItemStatuses } from "../../../shared/meetings.ts";
import { newId } from "../../lib/ids.ts";
import { actionItemStatusChanges, actionItems } from "./meetings.table.ts";
import type { Keyset } from "./meetings.repo.ts";

type Executor = Db | Tx;
export type ActionItemRow = typeof actionItems.$inferSelect;

const pending = [...pendingActionItemStatuses];
const withOwner = getTableColumns(actionItems);

export function createActionItemsRepo(db: Db) {
  return {
    /** Inserts the item and its first status, in the caller's transaction. */
    async insert(
      tx: Tx,
      row: typeof actionItems.$inferInsert,
      change: { changedBy: string; changedFor: string | null; changedAt: Date },
    ) {
      await tx.insert(actionItems).values(row);
      await tx.insert(actionItemStatusChanges).values({
        id: newId(),
        actionItemId: row.id,
        fromStatus: null,
        toStatus: row.status,
        ...change,
      });
    },

    async findById(id: string, tx: Executor = db): Promise<ActionItemRow | undefined> {
      const [row] = await tx.select(withOwner).from(actionItems).where(eq(actionItems.id, id));
      return row;
    },

    /** Serialises changes to one item, so its history records each status it took in order. */
    async lock(tx: Tx, id: string) {
      const [row] = await tx.select().from(actionItems).where(eq(actionItems.id, id)).for("update");
      return row;
    },

    async update(tx: Tx, id: string, set: Partial<typeof actionItems.$inferInsert>) {
      await tx.update(actionItems).set(set).where(eq(actionItems.id, id));
    },

    async addStatusChange(tx: Tx, values: typeof actionItemStatusChanges.$inferInsert) {
      await tx.insert(actionItemStatusChanges).values(values);
    },

    async history(actionItemId: string) {
      return db
        .select({
          fromStatus: actionItemStatusChanges.fromStatus,
          toStatus: actionItemStatusChanges.toStatus,
          changedBy: actionItemStatusChanges.changedBy,
          changedFor: actionItemStatusChanges.changedFor,
          changedAt: actionItemStatusChanges.changedAt,
        })
        .from(actionItemStatusChanges)
        .where(eq(actionItemStatusChanges.actionItemId, actionItemId))
        .orderBy(asc(actionItemStatusChanges.changedAt), asc(actionItemStatusChanges.id));
    },

    /** A page of a coalition's items, soonest due first; `today` decides what is overdue. */
    async list(
      coalitionId: string,
      filter: {
        status?: ActionItemStatus | undefined;
        ownerOrganizationId?: string | undefined;
        meetingId?: string | undefined;
        overdue?: boolean | undefined;
      },
      today: string,
      after: Keyset | null,
      limit: number,
    ): Promise<ActionItemRow[]> {
      const isOverdue = and(inArray(actionItems.status, pending), lt(actionItems.dueDate, today));
      return db
        .select(withOwner)
        .from(actionItems)
        .where(
          and(
            eq(actionItems.coalitionId, coalitionId),
            filter.status ? eq(actionItems.status, filter.status) : undefined,
            filter.ownerOrganizationId
              ? eq(actionItems.ownerOrganizationId, filter.ownerOrganizationId)
              : undefined,
            filter.meetingId ? eq(actionItems.meetingId, filter.meetingId) : undefined,
            filter.overdue === true ? isOverdue : undefined,
            filter.overdue === false ? sql`not (${isOverdue})` : undefined,
            after
              ? sql`(${actionItems.dueDate}, ${actionItems.id}) > (${after.k}::date, ${after.id}::uuid)`
              : undefined,
          ),
        )
        .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
        .limit(limit);
    },

    async forMeeting(meetingId: string): Promise<ActionItemRow[]> {
      return db
        .select(withOwner)
        .from(actionItems)
        .where(eq(actionItems.meetingId, meetingId))
        .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
        .limit(500);
    },

    /** Items still to be done, for the calendar feed. */
    async pendingForCoalition(coalitionId: string, limit: number): Promise<ActionItemRow[]> {
      return db
        .select(withOwner)
        .from(actionItems)
        .where(and(eq(actionItems.coalitionId, coalitionId), inArray(actionItems.status, pending)))
        .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
        .limit(limit);
    },

    /** Items of every coalition due before `today` and still to be done. */
    async overdue(today: string, limit: number): Promise<ActionItemRow[]> {
      return db
        .select(withOwner)
        .from(actionItems)
        .where(and(inArray(actionItems.status, pending), lt(actionItems.dueDate, today)))
        .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
        .limit(limit);
    },
  };
}
export type ActionItemsRepo = ReturnType<typeof createActionItemsRepo>;
