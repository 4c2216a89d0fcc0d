import type { Database, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { type CoalitionsRepo, insideStatuses } from "../coalitions/coalitions.repo.ts";
import type { ProposalPresenter } from "./proposals.presenter.ts";
import type { ProposalRow, ProposalsRepo } from "./proposals.repo.ts";

/**
 * Closing a proposal at its deadline or early: the count is taken on the locked row and
 * what was decided is carried out in the same transaction.
 */
export function createProposalClosing(deps: {
  database: Database;
  repo: ProposalsRepo;
  coalitionsRepo: CoalitionsRepo;
  clock: Clock;
  tally: ProposalPresenter["tally"];
  /** Tells the members the proposal closed, with its outcome. */
  tellMembers: (
    tx: Tx,
    row: ProposalRow,
    kind: "proposal_closed",
    extra: { outcome: string },
  ) => Promise<void>;
}) {
  const { database, repo, coalitionsRepo, clock, tally, tellMembers } = deps;

  /**
   * Counts and closes a locked open proposal, then carries out what was decided: an adopted
   * amendment becomes the charter, an admission admits or turns down the applicant, an
   * adopted removal removes the member.
   */
  async function closeLocked(tx: Tx, row: ProposalRow, closedBy: string | null) {
    const { result } = await tally(row, tx);
    const now = clock.now();
    await repo.update(tx, row.id, { status: "closed", result, closedAt: now, closedBy });
    await tellMembers(tx, row, "proposal_closed", { outcome: result.outcome });
    const adopted = result.outcome === "adopted";
    if (row.subject === "charter" && row.proposedCharter && adopted) {
      await coalitionsRepo.adoptCharter(tx, row.coalitionId, row.proposedCharter, row.id, closedBy);
    }
    const target = row.targetOrganizationId;
    if (!target) return;
    await coalitionsRepo.lock(tx, row.coalitionId);
    const member = await coalitionsRepo.member(row.coalitionId, target, tx);
    const change = (status: "active" | "rejected" | "removed") =>
      coalitionsRepo.updateMember(tx, row.coalitionId, target, {
        status,
        actedBy: closedBy,
        statusSince: now,
      });
    // The applicant may have withdrawn, or the member left, while the decision was open.
    if (row.subject === "admission" && member?.status === "applied") {
      await change(adopted ? "active" : "rejected");
    }
    if (row.subject === "removal" && adopted && member && insideStatuses.includes(member.status)) {
      const lastConvener =
        member.role === "convener" &&
        member.status === "active" &&
        (await coalitionsRepo.activeConvenerCount(tx, row.coalitionId)) <= 1;
      if (!lastConvener) await change("removed");
    }
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
