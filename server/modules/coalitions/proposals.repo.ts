import { and, asc, desc, eq, lte, ne } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import type { Ballot } from "../../../shared/decisions/index.ts";
import { newId } from "../../lib/ids.ts";
import { organizations } from "../organizations/organizations.table.ts";
import {
  coalitionMembers,
  proposalStanceHistory,
  proposalStances,
  proposals,
} from "./coalitions.table.ts";

type Executor = Db | Tx;
export type ProposalRow = typeof proposals.$inferSelect;

export function createProposalsRepo(db: Db) {
  return {
    async insert(tx: Executor, row: typeof proposals.$inferInsert) {
      await tx.insert(proposals).values(row);
    },

    async findById(id: string, tx: Executor = db): Promise<ProposalRow | undefined> {
      const [row] = await tx.select().from(proposals).where(eq(proposals.id, id));
      return row;
    },

    /** Locks the proposal: stances and closing are serialised on it. */
    async lock(tx: Tx, id: string): Promise<ProposalRow | undefined> {
      const [row] = await tx.select().from(proposals).where(eq(proposals.id, id)).for("update");
      return row;
    },

    async listForCoalition(coalitionId: string) {
      return db
        .select()
        .from(proposals)
        .where(eq(proposals.coalitionId, coalitionId))
        .orderBy(desc(proposals.createdAt))
        .limit(200);
    },

    /** Open proposals whose deadline has passed, locked, skipping any another process holds. */
    async lockDue(tx: Tx, now: Date, limit = 20) {
      return tx
        .select()
        .from(proposals)
        .where(and(eq(proposals.status, "open"), lte(proposals.closesAt, now)))
        .orderBy(asc(proposals.closesAt))
        .limit(limit)
        .for("update", { skipLocked: true });
    },

    async update(tx: Executor, id: string, set: Partial<typeof proposals.$inferInsert>) {
      await tx.update(proposals).set(set).where(eq(proposals.id, id));
    },

    /** Organisations that may take a stance: active members other than observers. */
    async eligible(coalitionId: string, tx: Executor = db) {
      return tx
        .select({ organizationId: coalitionMembers.organizationId, name: organizations.name })
        .from(coalitionMembers)
        .innerJoin(organizations, eq(organizations.id, coalitionMembers.organizationId))
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            eq(coalitionMembers.status, "active"),
            ne(coalitionMembers.role, "observer"),
          ),
        );
    },

    async stances(proposalId: string, tx: Executor = db) {
      return tx
        .select({
          organizationId: proposalStances.organizationId,
          name: organizations.name,
          ballot: proposalStances.ballot,
          updatedAt: proposalStances.updatedAt,
        })
        .from(proposalStances)
        .innerJoin(organizations, eq(organizations.id, proposalStances.organizationId))
        .where(eq(proposalStances.proposalId, proposalId))
        .orderBy(asc(organizations.name));
    },

    /** Replaces the organisation's stance and keeps the old one in the history. */
    async castStance(
      tx: Tx,
      values: {
        proposalId: string;
        organizationId: string;
        ballot: Ballot;
        castBy: string;
        at: Date;
      },
    ) {
      await tx
        .insert(proposalStances)
        .values({ ...values, updatedAt: values.at })
        .onConflictDoUpdate({
          target: [proposalStances.proposalId, proposalStances.organizationId],
          set: { ballot: values.ballot, castBy: values.castBy, updatedAt: values.at },
        });
      await tx.insert(proposalStanceHistory).values({
        id: newId(),
        proposalId: values.proposalId,
        organizationId: values.organizationId,
        ballot: values.ballot,
        castBy: values.castBy,
        castAt: values.at,
      });
    },
  };
}
export type ProposalsRepo = ReturnType<typeof createProposalsRepo>;
