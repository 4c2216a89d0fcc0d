import type { Database, Tx } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { ProposalPresenter } from "./proposals.presenter.ts";
import type { ProposalRow, ProposalsRepo } from "./proposals.repo.ts";

/**
 * Closing a proposal at its deadline or early: the count is taken on the locked row, and the
 * `proposal.closed` event lets the coalition carry out what was decided (and the members hear
 * of it) in the same transaction.
 */
export function createProposalClosing(deps: {
  database: Database;
  repo: ProposalsRepo;
  clock: Clock;
  tally: ProposalPresenter["tally"];
  events: Emit;
  coalitionName: (coalitionId: string, tx: Tx) => Promise<string>;
}) {
  const { database, repo, clock, tally, events, coalitionName } = deps;

  async function closeLocked(tx: Tx, row: ProposalRow, closedBy: string | null) {
    const { result } = await tally(row, tx);
    const now = clock.now();
    await repo.update(tx, row.id, { status: "closed", result, closedAt: now, closedBy });
    await events.emit(tx, "proposal.closed", {
      coalitionId: row.coalitionId,
      coalitionName: await coalitionName(row.coalitionId, tx),
      proposalId: row.id,
      title: row.title,
      subject: row.subject,
      outcome: result.outcome,
      proposedCharter: row.proposedCharter ?? null,
      targetOrganizationId: row.targetOrganizationId ?? null,
      closedAt: now,
      byUserId: closedBy,
    });
  }

  /** Closes the proposal now if its deadline has passed, so no reader sees it open too long. */
  async function closeIfDue(id: string) {
    await database.db.transaction(async (tx) => {
      const row = await repo.lock(tx, id);
      if (row?.status === "open" && row.closesAt <= clock.now()) await closeLocked(tx, row, null);
    });
  }

  return { closeLocked, closeIfDue };
}
