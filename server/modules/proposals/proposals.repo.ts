import { and, asc, desc, eq, inArray, lte, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import type { Ballot, DecisionResult, ProposalKind } from "../../../shared/decisions/index.ts";
import { newId } from "../../lib/ids.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { coalitionMembers } from "../coalitions/coalitions.table.ts";
import { proposalStanceHistory, proposalStances, proposals } from "./proposals.table.ts";

type Executor = Db | Tx;
export type ProposalRow = typeof proposals.$inferSelect;

/** Members of the coalition who may take a stance: active, and not observers. */
const eligibleMember = (coalitionId: string) =>
  and(
    eq(coalitionMembers.coalitionId, coalitionId),
    eq(coalitionMembers.status, "active"),
    ne(coalitionMembers.role, "observer"),
  );

const stanceColumns = {
  organizationId: proposalStances.organizationId,
  name: organizations.name,
  ballot: proposalStances.ballot,
  updatedAt: proposalStances.updatedAt,
};

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

    /** The newest 200, with only what the list shows (not bodies, charters or results). */
    async listForCoalition(coalitionId: string) {
      return db
        .select({
          id: proposals.id,
          subject: proposals.subject,
          title: proposals.title,
          kind: sql<ProposalKind>`${proposals.rules}->>'kind'`,
          status: proposals.status,
          closesAt: proposals.closesAt,
          closedAt: proposals.closedAt,
          outcome: sql<DecisionResult["outcome"] | null>`${proposals.result}->>'outcome'`,
        })
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

    /** How many organisations may take a stance: active members other than observers. */
    async eligibleCount(coalitionId: string, tx: Executor = db): Promise<number> {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(coalitionMembers)
        .where(eligibleMember(coalitionId));
      return row?.n ?? 0;
    },

    /** Every stance on record, by organisation name. */
    async stances(proposalId: string, tx: Executor = db) {
      return tx
        .select(stanceColumns)
        .from(proposalStances)
        .innerJoin(organizations, eq(organizations.id, proposalStances.organizationId))
        .where(eq(proposalStances.proposalId, proposalId))
        .orderBy(asc(organizations.name), asc(proposalStances.organizationId));
    },

    /**
     * The stances that count: those of organisations still eligible (active members other
     * than observers), by organisation name; only the given organisations' if named.
     */
    async countedStances(
      proposalId: string,
      coalitionId: string,
      options: { organizationIds?: string[]; tx?: Executor } = {},
    ) {
      const { organizationIds, tx = db } = options;
      if (organizationIds && !organizationIds.length) return [];
      return tx
        .select(stanceColumns)
        .from(proposalStances)
        .innerJoin(
          coalitionMembers,
          and(
            eq(coalitionMembers.organizationId, proposalStances.organizationId),
            eligibleMember(coalitionId),
          ),
        )
        .innerJoin(organizations, eq(organizations.id, proposalStances.organizationId))
        .where(
          and(
            eq(proposalStances.proposalId, proposalId),
            organizationIds ? inArray(proposalStances.organizationId, organizationIds) : undefined,
          ),
        )
        .orderBy(asc(organizations.name), asc(proposalStances.organizationId));
    },

    /** How many stances count (see countedStances), without reading them. */
    async countedStanceCount(proposalId: string, coalitionId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(proposalStances)
        .innerJoin(
          coalitionMembers,
          and(
            eq(coalitionMembers.organizationId, proposalStances.organizationId),
            eligibleMember(coalitionId),
          ),
        )
        .where(eq(proposalStances.proposalId, proposalId));
      return row?.n ?? 0;
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
