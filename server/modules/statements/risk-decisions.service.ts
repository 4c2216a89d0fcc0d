import type { z } from "zod";
import { type ProposalInput, decisionFor } from "../../../shared/proposals.ts";
import type { ProposalRisk, RiskDecisionInput } from "../../../shared/risk/api.ts";
import type { Tx } from "../../db/client.ts";
import type { DomainEventBus } from "../../events.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { ProposalDirectory } from "../proposals/proposals.module.ts";
import type { ProposalsService } from "../proposals/proposals.service.ts";
import { summarize } from "./risk.presenter.ts";
import type { RiskRepo } from "./risk.repo.ts";

const noSuchAssessment = "No such risk assessment.";
const noSuchProposal = "No such proposal.";

/**
 * The coalition decides an assessed action through a proposal on a statement, under the
 * charter's rule for statements (consent where the charter leaves the method open). The
 * proposal shows the assessment's summary before anyone takes a stance; once adopted it lets
 * the action go ahead and, for a statement, records who fronts it.
 */
export function createRiskDecisions(deps: {
  repo: RiskRepo;
  coalitions: Pick<CoalitionDirectory, "authorize" | "charterInForce" | "members">;
  proposals: Pick<ProposalsService, "create">;
  proposalDirectory: Pick<ProposalDirectory, "find">;
  events: Pick<DomainEventBus, "on">;
  names: Names;
}) {
  const { repo, coalitions, proposals, proposalDirectory, events, names } = deps;

  // Carried out in the transaction that closes the proposal.
  events.on("proposal.closed", async (tx, decided) => {
    if (decided.outcome !== "adopted") return;
    const decision = await repo.decisionOf(decided.proposalId, tx);
    if (!decision) return;
    const assessment = await repo.lock(tx, decision.assessmentId);
    if (!assessment) return;
    await repo.recordDecision(tx, assessment, decided.proposalId, decision.messengers);
  });

  /** Every proposed messenger is an active member organisation. */
  async function requireActiveMessengers(coalitionId: string, messengers: string[], tx?: Tx) {
    if (!messengers.length) return;
    const active = await coalitions.members(
      coalitionId,
      { statuses: ["active"], organizationIds: messengers },
      tx,
    );
    if (active.length !== messengers.length) {
      throw new Invalid("Messengers must be active member organisations of the coalition.", [
        { field: "body.messengers", message: "names an organisation that is not an active member" },
      ]);
    }
  }

  /** Refuses a second decision while one is open or after one was adopted. */
  async function requireUndecided(assessmentId: string, decidedBy: string | null, tx?: Tx) {
    if (decidedBy) throw new Conflict("The coalition has already decided this action.");
    for (const d of await repo.decisionsFor(assessmentId, tx)) {
      const proposal = await proposalDirectory.find(d.proposalId, tx);
      if (proposal?.status === "open") {
        throw new Conflict("A proposal deciding this action is already open.");
      }
    }
  }

  return {
    async open(actor: Actor, assessmentId: string, input: z.output<typeof RiskDecisionInput>) {
      const row = await repo.findById(assessmentId);
      if (!row) throw new NotFound(noSuchAssessment);
      await coalitions.authorize(
        actor,
        row.coalitionId,
        { unknown: noSuchAssessment },
        "risk.manage",
        { leadOrganizationId: row.leadOrganizationId },
      );
      await requireActiveMessengers(row.coalitionId, input.messengers);
      await requireUndecided(assessmentId, row.decidedByProposalId);
      const charter = await coalitions.charterInForce(row.coalitionId);
      const open = !charter || decisionFor(charter, "statement").by === "proposal";
      const proposal: z.output<typeof ProposalInput> = {
        organizationId: input.organizationId,
        title: input.title ?? row.title,
        subject: "statement",
        closesAt: input.closesAt,
        hiddenResults: false,
        anonymous: false,
        ...(input.body ? { body: input.body } : {}),
        // Consent by default, where the charter leaves the method to the proposal.
        ...(open ? { rules: { kind: "consent" as const, quorum: 0.5 } } : {}),
      };
      return proposals.create(actor, row.coalitionId, proposal, async (tx, proposalId) => {
        const locked = await repo.lock(tx, assessmentId);
        if (!locked) throw new NotFound(noSuchAssessment);
        await requireUndecided(assessmentId, locked.decidedByProposalId, tx);
        await requireActiveMessengers(row.coalitionId, input.messengers, tx);
        await repo.insertDecision(tx, {
          proposalId,
          assessmentId,
          messengers: input.messengers,
        });
      });
    },

    /** What a proposal deciding an assessed action shows: its summary and messengers. */
    async ofProposal(actor: Actor | null, proposalId: string): Promise<ProposalRisk> {
      const proposal = await proposalDirectory.find(proposalId);
      if (!proposal) throw new NotFound(noSuchProposal);
      await coalitions.authorize(
        actor,
        proposal.coalitionId,
        { unknown: noSuchProposal },
        "proposal.read",
      );
      const decision = await repo.decisionOf(proposalId);
      const assessment = decision && (await repo.findById(decision.assessmentId));
      if (!decision || !assessment) return { summary: null, messengers: [] };
      const [responses, ratings, charter, messengerNames] = await Promise.all([
        repo.responses(assessment.id),
        repo.ratings(assessment.id),
        coalitions.charterInForce(assessment.coalitionId),
        names.organizations(decision.messengers),
      ]);
      return {
        summary: await summarize(assessment, { responses, ratings }, charter, names),
        messengers: decision.messengers.map((organizationId) => ({
          organizationId,
          name: messengerNames.get(organizationId) ?? "",
        })),
      };
    },
  };
}
export type RiskDecisions = ReturnType<typeof createRiskDecisions>;
