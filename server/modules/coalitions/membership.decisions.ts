import { insideStatuses } from "../../../shared/policy/index.ts";
import type { DomainEventBus } from "../../events.ts";
import type { CoalitionsRepo } from "./coalitions.repo.ts";

/**
 * Carries out what a closed proposal decided, in the transaction that closed it: an adopted
 * amendment becomes the charter, an admission admits or turns down the applicant, an adopted
 * removal removes the member (never the last convener).
 */
export function carryOutDecisions(events: Pick<DomainEventBus, "on">, repo: CoalitionsRepo) {
  events.on("proposal.closed", async (tx, decided) => {
    const adopted = decided.outcome === "adopted";
    if (decided.subject === "charter" && decided.proposedCharter && adopted) {
      await repo.adoptCharter(
        tx,
        decided.coalitionId,
        decided.proposedCharter,
        decided.proposalId,
        decided.byUserId,
      );
    }
    const target = decided.targetOrganizationId;
    if (!target) return;
    await repo.lock(tx, decided.coalitionId);
    const member = await repo.member(decided.coalitionId, target, tx);
    const change = (status: "active" | "rejected" | "removed") =>
      repo.updateMember(tx, decided.coalitionId, target, {
        status,
        actedBy: decided.byUserId,
        statusSince: decided.closedAt,
      });
    // The applicant may have withdrawn, or the member left, while the decision was open.
    if (decided.subject === "admission" && member?.status === "applied") {
      await change(adopted ? "active" : "rejected");
    }
    if (
      decided.subject === "removal" &&
      adopted &&
      member &&
      insideStatuses.includes(member.status)
    ) {
      const lastConvener =
        member.role === "convener" &&
        member.status === "active" &&
        (await repo.activeConvenerCount(tx, decided.coalitionId)) <= 1;
      if (!lastConvener) await change("removed");
    }
  });
}
