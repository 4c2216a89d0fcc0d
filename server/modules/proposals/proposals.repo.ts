import { and, asc, desc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { Ballot, DecisionResult, ProposalKind } from "../../../shared/decisions/index.ts";
import type { Db, Tx } from "../../db/client.ts";
import { newId } from "../../lib/ids.ts";
import { proposalStanceHistory, proposalStances, proposals } from "./proposals.table.ts";

type Executor = Db | Tx;
export type ProposalRow = typeof proposals.$inferSelect;

const stanceColumns = {
  organizationId: proposalStances.organizationId,
  ballot: proposalStances.ballot,
  updatedAt: proposalStances.updatedAt,
};
export type StanceRow = { organizationId: string; ballot: Ballot; updatedAt: Date };

/**
 * "Is one of these organisations", with the ids as one array parameter: a coalition has
 * hundreds of eligible organisations, and a list of hundreds of parameters cost more to
 * build than the query takes to run.
 */
const among = (ids: readonly string[]) =>
  sql`${proposalStances.organizationId} = any(${sql.param([...ids])}::uuid[])`;

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

    /** Open proposals closing after `now` and by `until`, with the organisations that answered. */
    async closingBetween(now: Date, until: Date, limit = 500) {
      return db
        .select({
          id: proposals.id,
          coalitionId: proposals.coalitionId,
          title: proposals.title,
          closesAt: proposals.closesAt,
          answered: sql<
            string[]
          >`coalesce((select array_agg(s.organization_id::text) from ${proposalStances} s where s.proposal_id = "proposals"."id"), '{}')`,
        })
        .from(proposals)
        .where(
          and(
            eq(proposals.status, "open"),
            gt(proposals.closesAt, now),
            lte(proposals.closesAt, until),
          ),
        )
        .orderBy(asc(proposals.closesAt))
        .limit(limit);
    },

    async update(tx: Executor, id: string, set: Partial<typeof proposals.$inferInsert>) {
      await tx.update(proposals).set(set).where(eq(proposals.id, id));
    },

    /** Every stance on record. */
    async stances(proposalId: string, tx: Executor = db): Promise<StanceRow[]> {
      return tx
        .select(stanceColumns)
        .from(proposalStances)
        .where(eq(proposalStances.proposalId, proposalId));
    },

    /**
     * The stances that count: those of organisations still eligible; only the given
     * organisations' if named.
     */
    async countedStances(
      proposalId: string,
      eligibleIds: readonly string[],
      options: { organizationIds?: string[]; tx?: Executor } = {},
    ): Promise<StanceRow[]> {
      const { organizationIds, tx = db } = options;
      const ids = organizationIds
        ? eligibleIds.filter((id) => organizationIds.includes(id))
        : eligibleIds;
      if (!ids.length) return [];
      return tx
        .select(stanceColumns)
        .from(proposalStances)
        .where(and(eq(proposalStances.proposalId, proposalId), among(ids)));
    },

    /** The organisation's current stance, if it took one. */
    async stanceOf(proposalId: string, organizationId: string, tx: Executor = db) {
      const [row] = await tx
        .select(stanceColumns)
        .from(proposalStances)
        .where(
          and(
            eq(proposalStances.proposalId, proposalId),
            eq(proposalStances.organizationId, organizationId),
          ),
        );
      return row;
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

    /** The titles of these proposals, by id. */
    async titlesOf(ids: readonly string[], tx: Executor = db): Promise<Map<string, string>> {
      if (!ids.length) return new Map();
      const rows = await tx
        .select({ id: proposals.id, title: proposals.title })
        .from(proposals)
        .where(inArray(proposals.id, [...ids]));
      return new Map(rows.map((r) => [r.id, r.title]));
    },

    /** The coalition each of these proposals belongs to. */
    async coalitionsOf(ids: readonly string[], tx: Executor = db): Promise<Map<string, string>> {
      if (!ids.length) return new Map();
      const rows = await tx
        .select({ id: proposals.id, coalitionId: proposals.coalitionId })
        .from(proposals)
        .where(inArray(proposals.id, [...ids]));
      return new Map(rows.map((r) => [r.id, r.coalitionId]));
    },
  };
}
export type ProposalsRepo = ReturnType<typeof createProposalsRepo>;
