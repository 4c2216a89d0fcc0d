import { and, desc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { discoveryNeeds } from "./discovery.table.ts";

type Executor = Db | Tx;
export type NeedRow = typeof discoveryNeeds.$inferSelect;

/** Saved needs: the only table discovery owns. */
export function createDiscoveryRepo(db: Db) {
  return {
    async insertNeed(tx: Executor, row: NeedRow) {
      await tx.insert(discoveryNeeds).values(row);
    },

    async updateNeed(tx: Executor, id: string, set: Partial<NeedRow>) {
      await tx.update(discoveryNeeds).set(set).where(eq(discoveryNeeds.id, id));
    },

    async deleteNeed(tx: Executor, id: string) {
      await tx.delete(discoveryNeeds).where(eq(discoveryNeeds.id, id));
    },

    async findNeed(id: string): Promise<NeedRow | undefined> {
      const [row] = await db.select().from(discoveryNeeds).where(eq(discoveryNeeds.id, id));
      return row;
    },

    async needsOf(requester: { organizationId?: string; coalitionId?: string }) {
      return db
        .select()
        .from(discoveryNeeds)
        .where(
          requester.organizationId
            ? eq(discoveryNeeds.organizationId, requester.organizationId)
            : and(eq(discoveryNeeds.coalitionId, requester.coalitionId ?? "")),
        )
        .orderBy(desc(discoveryNeeds.updatedAt))
        .limit(100);
    },
  };
}

export type DiscoveryRepo = ReturnType<typeof createDiscoveryRepo>;
