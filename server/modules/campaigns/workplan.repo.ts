import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { campaignHistory, campaigns } from "./campaigns.table.ts";
import { campaignObjectives } from "./objectives.table.ts";
import { campaignStakeholders } from "./stakeholders.table.ts";
import { activityDependencies, campaignActivities } from "./workplan.table.ts";

type Executor = Db | Tx;
export type ActivityRow = typeof campaignActivities.$inferSelect;
type Keyset = { k: string; id: string };

export function createWorkplanRepo(db: Db) {
  return {
    async find(id: string, tx: Executor = db): Promise<ActivityRow | undefined> {
      const [row] = await tx.select().from(campaignActivities).where(eq(campaignActivities.id, id));
      return row;
    },

    /** Serialises changes to one activity. */
    async lock(tx: Tx, id: string): Promise<ActivityRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignActivities)
        .where(eq(campaignActivities.id, id))
        .for("update");
      return row;
    },

    async insert(tx: Tx, row: typeof campaignActivities.$inferInsert) {
      await tx.insert(campaignActivities).values(row);
    },

    async update(tx: Tx, id: string, values: Partial<typeof campaignActivities.$inferInsert>) {
      await tx.update(campaignActivities).set(values).where(eq(campaignActivities.id, id));
    },

    async remove(tx: Tx, id: string) {
      await tx.delete(campaignActivities).where(eq(campaignActivities.id, id));
    },

    /** Links the action item unless another was linked meanwhile; false if one was. */
    async linkActionItem(tx: Tx, id: string, actionItemId: string, updatedAt: Date) {
      const linked = await tx
        .update(campaignActivities)
        .set({ actionItemId, updatedAt })
        .where(and(eq(campaignActivities.id, id), isNull(campaignActivities.actionItemId)))
        .returning({ id: campaignActivities.id });
      return linked.length > 0;
    },

    /** A page of a campaign's activities by start date, with the filters the list offers. */
    async list(
      campaignId: string,
      filter: { leadOrganizationId?: string | undefined; status?: string | undefined },
      descending: boolean,
      after: Keyset | null,
      limit: number,
    ): Promise<ActivityRow[]> {
      const a = campaignActivities;
      const beyond = descending ? lt : gt;
      return db
        .select()
        .from(a)
        .where(
          and(
            eq(a.campaignId, campaignId),
            filter.leadOrganizationId
              ? eq(a.leadOrganizationId, filter.leadOrganizationId)
              : undefined,
            filter.status ? eq(a.status, filter.status) : undefined,
            after
              ? or(
                  beyond(a.startsOn, after.k),
                  and(eq(a.startsOn, after.k), beyond(a.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(...(descending ? [desc(a.startsOn), desc(a.id)] : [asc(a.startsOn), asc(a.id)]))
        .limit(limit);
    },

    /** Those of the ids that are activities of the campaign, with their title and status. */
    async inCampaign(campaignId: string, ids: readonly string[], tx: Executor = db) {
      if (!ids.length) return [];
      return tx
        .select({
          id: campaignActivities.id,
          title: campaignActivities.title,
          status: campaignActivities.status,
        })
        .from(campaignActivities)
        .where(
          and(
            eq(campaignActivities.campaignId, campaignId),
            inArray(campaignActivities.id, [...ids]),
          ),
        );
    },

    /** What each of these activities depends on. */
    async dependenciesOf(activityIds: readonly string[], tx: Executor = db) {
      if (!activityIds.length) return [];
      return tx
        .select()
        .from(activityDependencies)
        .where(inArray(activityDependencies.activityId, [...activityIds]));
    },

    /** Every dependency inside the campaign: the graph a new one must not close into a cycle. */
    async campaignDependencies(campaignId: string, tx: Executor = db) {
      return tx
        .select({
          activityId: activityDependencies.activityId,
          dependsOnId: activityDependencies.dependsOnId,
        })
        .from(activityDependencies)
        .innerJoin(campaignActivities, eq(campaignActivities.id, activityDependencies.activityId))
        .where(eq(campaignActivities.campaignId, campaignId));
    },

    async replaceDependencies(tx: Tx, activityId: string, dependsOn: readonly string[]) {
      await tx.delete(activityDependencies).where(eq(activityDependencies.activityId, activityId));
      if (dependsOn.length) {
        await tx
          .insert(activityDependencies)
          .values(dependsOn.map((dependsOnId) => ({ activityId, dependsOnId })));
      }
    },

    /** Those of the ids that are stakeholders of the campaign, with their names. */
    async stakeholders(campaignId: string, ids: readonly string[], tx: Executor = db) {
      if (!ids.length) return [];
      return tx
        .select({ id: campaignStakeholders.id, name: campaignStakeholders.name })
        .from(campaignStakeholders)
        .where(
          and(
            eq(campaignStakeholders.campaignId, campaignId),
            inArray(campaignStakeholders.id, [...ids]),
          ),
        );
    },

    /** Those of the ids that are objectives of the campaign, with their statements. */
    async objectives(campaignId: string, ids: readonly string[], tx: Executor = db) {
      if (!ids.length) return [];
      return tx
        .select({ id: campaignObjectives.id, statement: campaignObjectives.statement })
        .from(campaignObjectives)
        .where(
          and(
            eq(campaignObjectives.campaignId, campaignId),
            inArray(campaignObjectives.id, [...ids]),
          ),
        );
    },

    /** Who leads and supports what, for the role matrix. */
    async roles(campaignId: string) {
      return db
        .select({
          role: campaignActivities.role,
          leadOrganizationId: campaignActivities.leadOrganizationId,
          supportingOrganizationIds: campaignActivities.supportingOrganizationIds,
        })
        .from(campaignActivities)
        .where(eq(campaignActivities.campaignId, campaignId));
    },

    /**
     * The activities of a coalition's campaigns still due on or after `since`, for its calendar
     * feed; `sequence` counts the changes kept in the history since it was created.
     */
    async forCalendar(coalitionId: string, since: string, limit: number) {
      const a = campaignActivities;
      const rows = await db
        .select({
          id: a.id,
          campaignId: a.campaignId,
          campaignTitle: campaigns.title,
          title: a.title,
          startsOn: a.startsOn,
          dueOn: a.dueOn,
          status: a.status,
          leadOrganizationId: a.leadOrganizationId,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
        })
        .from(a)
        .innerJoin(campaigns, eq(campaigns.id, a.campaignId))
        .where(and(eq(campaigns.coalitionId, coalitionId), gte(a.dueOn, since)))
        .orderBy(asc(a.startsOn), asc(a.id))
        .limit(limit);
      if (!rows.length) return [];
      const changes = await db
        .select({ id: campaignHistory.entityId, changes: count() })
        .from(campaignHistory)
        .where(
          and(
            inArray(campaignHistory.campaignId, [...new Set(rows.map((r) => r.campaignId))]),
            eq(campaignHistory.entity, "activity"),
            sql`${campaignHistory.action} <> 'created'`,
          ),
        )
        .groupBy(campaignHistory.entityId);
      const sequence = new Map(changes.map((c) => [c.id, Number(c.changes)]));
      return rows.map((r) => ({ ...r, sequence: sequence.get(r.id) ?? 0 }));
    },
  };
}
export type WorkplanRepo = ReturnType<typeof createWorkplanRepo>;
