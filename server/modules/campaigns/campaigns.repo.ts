import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { campaignHistory, campaigns } from "./campaigns.table.ts";
import { campaignObjectives, objectiveProgress } from "./objectives.table.ts";
import { campaignOutcomes } from "./outcomes.table.ts";

type Executor = Db | Tx;
export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignHistoryRow = typeof campaignHistory.$inferSelect;
type Keyset = { k: string; id: string };

export function createCampaignsRepo(db: Db) {
  return {
    async findById(id: string, tx: Executor = db): Promise<CampaignRow | undefined> {
      const [row] = await tx.select().from(campaigns).where(eq(campaigns.id, id));
      return row;
    },

    /** Serialises changes to one campaign's plan. */
    async lock(tx: Tx, id: string): Promise<CampaignRow | undefined> {
      const [row] = await tx.select().from(campaigns).where(eq(campaigns.id, id)).for("update");
      return row;
    },

    async insert(tx: Tx, row: typeof campaigns.$inferInsert) {
      await tx.insert(campaigns).values(row);
    },

    async update(tx: Tx, id: string, values: Partial<typeof campaigns.$inferInsert>) {
      await tx.update(campaigns).set(values).where(eq(campaigns.id, id));
    },

    /** A coalition's campaigns, or an organisation's own, newest first. */
    async list(
      owner: { coalitionId: string } | { organizationId: string },
      filter: { status?: string | undefined },
      after: Keyset | null,
      limit: number,
    ) {
      return db
        .select()
        .from(campaigns)
        .where(
          and(
            "coalitionId" in owner
              ? eq(campaigns.coalitionId, owner.coalitionId)
              : and(
                  eq(campaigns.ownerOrganizationId, owner.organizationId),
                  isNull(campaigns.coalitionId),
                ),
            filter.status
              ? eq(campaigns.status, filter.status as CampaignRow["status"])
              : undefined,
            after
              ? or(
                  lt(campaigns.createdAt, new Date(after.k)),
                  and(eq(campaigns.createdAt, new Date(after.k)), lt(campaigns.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
        .limit(limit);
    },

    async history(
      campaignId: string,
      filter: { entity?: string | undefined },
      after: Keyset | null,
      limit: number,
    ) {
      return db
        .select()
        .from(campaignHistory)
        .where(
          and(
            eq(campaignHistory.campaignId, campaignId),
            filter.entity ? eq(campaignHistory.entity, filter.entity) : undefined,
            after
              ? or(
                  lt(campaignHistory.changedAt, new Date(after.k)),
                  and(
                    eq(campaignHistory.changedAt, new Date(after.k)),
                    lt(campaignHistory.id, after.id),
                  ),
                )
              : undefined,
          ),
        )
        .orderBy(desc(campaignHistory.changedAt), desc(campaignHistory.id))
        .limit(limit);
    },

    /** The objectives with their latest value, for the public page. */
    async publicObjectives(campaignId: string) {
      return db
        .select({
          statement: campaignObjectives.statement,
          unit: campaignObjectives.unit,
          baseline: campaignObjectives.baseline,
          target: campaignObjectives.target,
          deadline: campaignObjectives.deadline,
          latest: sql<
            number | null
          >`(select p.value from ${objectiveProgress} p where p.objective_id = ${campaignObjectives.id} order by p.measured_on desc, p.reported_at desc limit 1)`,
        })
        .from(campaignObjectives)
        .where(eq(campaignObjectives.campaignId, campaignId))
        .orderBy(campaignObjectives.deadline, campaignObjectives.id);
    },

    async publicOutcomes(campaignId: string) {
      return db
        .select({
          observedOn: campaignOutcomes.observedOn,
          change: campaignOutcomes.change,
          contribution: campaignOutcomes.contribution,
        })
        .from(campaignOutcomes)
        .where(eq(campaignOutcomes.campaignId, campaignId))
        .orderBy(desc(campaignOutcomes.observedOn), campaignOutcomes.id);
    },
  };
}
export type CampaignsRepo = ReturnType<typeof createCampaignsRepo>;
