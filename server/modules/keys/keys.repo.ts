import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import {
  organizationKeyEpochs,
  organizationKeySeals,
  organizationKeys,
  personKeys,
} from "./keys.table.ts";

type Executor = Db | Tx;
export type PersonKeysRow = typeof personKeys.$inferSelect;
export type OrganizationKeysRow = typeof organizationKeys.$inferSelect;
export type EpochRow = typeof organizationKeyEpochs.$inferSelect;
export type SealRow = typeof organizationKeySeals.$inferSelect;

/** The only reader and writer of the keys tables. */
export function createKeysRepo(db: Db) {
  return {
    async person(userId: string, tx: Executor = db): Promise<PersonKeysRow | undefined> {
      const [row] = await tx.select().from(personKeys).where(eq(personKeys.userId, userId));
      return row;
    },
    async people(userIds: readonly string[], tx: Executor = db): Promise<PersonKeysRow[]> {
      if (!userIds.length) return [];
      return tx
        .select()
        .from(personKeys)
        .where(inArray(personKeys.userId, [...userIds]));
    },
    async putPerson(tx: Tx, row: PersonKeysRow) {
      await tx
        .insert(personKeys)
        .values(row)
        .onConflictDoUpdate({
          target: personKeys.userId,
          set: {
            boxPublicKey: row.boxPublicKey,
            signPublicKey: row.signPublicKey,
            passphrase: row.passphrase,
            recovery: row.recovery,
            updatedAt: row.updatedAt,
          },
        });
    },
    /** Every organisation key sealed to the person: gone when their keys are replaced. */
    async dropSealsOf(tx: Tx, userId: string, organizationId?: string) {
      await tx
        .delete(organizationKeySeals)
        .where(
          and(
            eq(organizationKeySeals.userId, userId),
            organizationId ? eq(organizationKeySeals.organizationId, organizationId) : undefined,
          ),
        );
    },
    async organization(
      organizationId: string,
      tx: Executor = db,
    ): Promise<OrganizationKeysRow | undefined> {
      const [row] = await tx
        .select()
        .from(organizationKeys)
        .where(eq(organizationKeys.organizationId, organizationId));
      return row;
    },
    /** The organisation's keys row, locked so that epochs and seals change one at a time. */
    async lockOrganization(tx: Tx, organizationId: string) {
      const [row] = await tx
        .select()
        .from(organizationKeys)
        .where(eq(organizationKeys.organizationId, organizationId))
        .for("update");
      return row;
    },
    async startOrganization(tx: Tx, row: OrganizationKeysRow) {
      const inserted = await tx
        .insert(organizationKeys)
        .values(row)
        .onConflictDoNothing()
        .returning({ id: organizationKeys.organizationId });
      return inserted.length > 0;
    },
    async setEpoch(tx: Tx, organizationId: string, epoch: number) {
      await tx
        .update(organizationKeys)
        .set({ currentEpoch: epoch, rotationNeededSince: null })
        .where(eq(organizationKeys.organizationId, organizationId));
    },
    async needRotation(tx: Tx, organizationId: string, since: Date) {
      await tx
        .update(organizationKeys)
        .set({
          rotationNeededSince: sql`coalesce(${organizationKeys.rotationNeededSince}, ${since.toISOString()}::timestamptz)`,
        })
        .where(eq(organizationKeys.organizationId, organizationId));
    },
    async epochs(organizationId: string, tx: Executor = db): Promise<EpochRow[]> {
      return tx
        .select()
        .from(organizationKeyEpochs)
        .where(eq(organizationKeyEpochs.organizationId, organizationId))
        .orderBy(organizationKeyEpochs.epoch);
    },
    async addEpoch(tx: Tx, row: EpochRow) {
      await tx.insert(organizationKeyEpochs).values(row);
    },
    async seals(organizationId: string, epoch: number, tx: Executor = db): Promise<SealRow[]> {
      return tx
        .select()
        .from(organizationKeySeals)
        .where(
          and(
            eq(organizationKeySeals.organizationId, organizationId),
            eq(organizationKeySeals.epoch, epoch),
          ),
        );
    },
    async addSeals(tx: Tx, rows: SealRow[]) {
      if (rows.length) await tx.insert(organizationKeySeals).values(rows).onConflictDoNothing();
    },
  };
}
export type KeysRepo = ReturnType<typeof createKeysRepo>;
