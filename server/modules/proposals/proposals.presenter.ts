import { evaluate } from "../../../shared/decisions/index.ts";
import type { Proposal } from "../../../shared/proposals.ts";
import type { Tx } from "../../db/client.ts";
import type { CoalitionsRepo } from "../coalitions/coalitions.repo.ts";
import type { Standing } from "../coalitions/coalitions.service.ts";
import type { ProposalRow, ProposalsRepo } from "./proposals.repo.ts";

/**
 * The count of a proposal and what one reader sees of it: the live tally under the
 * proposal's rules, and the page built from it, with stances hidden or anonymous as set.
 */
export function createProposalPresenter(deps: {
  repo: ProposalsRepo;
  coalitionsRepo: CoalitionsRepo;
}) {
  const { repo, coalitionsRepo } = deps;

  /** The live count: the stances of organisations still eligible, under the proposal's rules. */
  async function tally(row: ProposalRow, tx?: Tx) {
    const [eligible, stances] = await Promise.all([
      repo.eligibleCount(row.coalitionId, tx),
      repo.countedStances(row.id, row.coalitionId, { tx }),
    ]);
    const result = evaluate(row.rules, { eligible, ballots: stances.map((s) => s.ballot) });
    return { stances, result };
  }

  /**
   * What the page shows of the count. After closing, every stance stays on record even if
   * its organisation has since left, and the result is the one taken at closing. While open
   * with hidden results, only how many took a stance and the reader's own stances are read.
   */
  async function count(row: ProposalRow, mine: string[]) {
    if (row.status === "closed") {
      const stances = await repo.stances(row.id);
      const result = row.result ?? null;
      const eligible = result?.eligible ?? (await repo.eligibleCount(row.coalitionId));
      return { stances, result, eligible, participation: result?.participation ?? stances.length };
    }
    if (!row.hiddenResults) {
      const { stances, result } = await tally(row);
      return { stances, result, eligible: result.eligible, participation: result.participation };
    }
    const [eligible, participation, own] = await Promise.all([
      repo.eligibleCount(row.coalitionId),
      repo.countedStanceCount(row.id, row.coalitionId),
      repo.countedStances(row.id, row.coalitionId, { organizationIds: mine }),
    ]);
    return { stances: own, result: null, eligible, participation };
  }

  async function present(row: ProposalRow, s: Standing): Promise<Proposal> {
    const closed = row.status === "closed";
    const shown = closed || !row.hiddenResults;
    const mine = s.memberships.map((m) => m.organizationId);
    const named = [row.openedFor, ...(row.targetOrganizationId ? [row.targetOrganizationId] : [])];
    const [{ stances, result, eligible, participation }, names] = await Promise.all([
      count(row, mine),
      coalitionsRepo.memberNames(row.coalitionId, named),
    ]);
    const nameOf = (organizationId: string) => names.get(organizationId) ?? "";
    const own = new Set(mine);
    return {
      id: row.id,
      coalitionId: row.coalitionId,
      subject: row.subject,
      title: row.title,
      body: row.body ?? null,
      rules: row.rules,
      proposedCharter: row.proposedCharter ?? null,
      status: row.status,
      closesAt: row.closesAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
      hiddenResults: row.hiddenResults,
      anonymous: row.anonymous,
      openedBy: { organizationId: row.openedFor, name: nameOf(row.openedFor) },
      target: row.targetOrganizationId
        ? { organizationId: row.targetOrganizationId, name: nameOf(row.targetOrganizationId) }
        : null,
      eligible,
      participation,
      result: shown ? result : null,
      stances:
        shown && !row.anonymous
          ? stances.map((x) => ({
              organizationId: x.organizationId,
              name: x.name,
              ballot: x.ballot,
              updatedAt: x.updatedAt.toISOString(),
            }))
          : null,
      participants:
        closed && row.anonymous
          ? stances.map((x) => ({ organizationId: x.organizationId, name: x.name }))
          : null,
      myStances: stances
        .filter((x) => own.has(x.organizationId))
        .map((x) => ({ organizationId: x.organizationId, ballot: x.ballot })),
      outcome:
        row.outcomeStatement && row.outcomeRecordedAt
          ? {
              statement: row.outcomeStatement,
              reviewDate: row.reviewDate ?? null,
              recordedAt: row.outcomeRecordedAt.toISOString(),
            }
          : null,
      createdAt: row.createdAt.toISOString(),
    };
  }

  return { tally, present };
}
export type ProposalPresenter = ReturnType<typeof createProposalPresenter>;
