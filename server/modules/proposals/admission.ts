import { decisionFor } from "../../../shared/proposals.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { ProposalsRepo } from "./proposals.repo.ts";

/**
 * Under a charter that admits by decision, an application opens its own admission proposal,
 * in the transaction that records the application; the applicant has no voice in it.
 */
export function openAdmissionProposals(deps: {
  events: DomainEventBus;
  repo: Pick<ProposalsRepo, "insert">;
  coalitions: Pick<CoalitionDirectory, "charterInForce">;
  clock: Clock;
}) {
  const { events, repo, coalitions, clock } = deps;
  events.on("member.applied", async (tx, applied) => {
    if (!applied.admission) return;
    const charter = await coalitions.charterInForce(applied.coalitionId, tx);
    const decision = charter ? decisionFor(charter, "admission") : null;
    // An admission the charter leaves open is decided by consent, the mildest rule.
    const rules =
      decision?.by === "charter" ? decision.rules : { kind: "consent" as const, quorum: 0 };
    const title = `Admission: ${applied.organizationName}`.slice(0, 200);
    await repo.insert(tx, {
      id: applied.admission.proposalId,
      coalitionId: applied.coalitionId,
      subject: "admission",
      title,
      body: null,
      rules,
      proposedCharter: null,
      targetOrganizationId: applied.organizationId,
      closesAt: applied.admission.closesAt,
      hiddenResults: false,
      anonymous: false,
      status: "open",
      openedFor: applied.organizationId,
      openedBy: applied.byUserId,
      createdAt: clock.now(),
    });
    await events.emit(tx, "proposal.opened", {
      coalitionId: applied.coalitionId,
      coalitionName: applied.coalitionName,
      proposalId: applied.admission.proposalId,
      title,
      byUserId: null,
    });
  });
}
