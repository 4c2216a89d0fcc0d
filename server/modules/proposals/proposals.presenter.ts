import { disclosure, evaluate } from "../../../shared/decisions/index.ts";
import { proposalPermissions } from "../../../shared/policy/index.ts";
import type { Proposal } from "../../../shared/proposals.ts";
import type { Tx } from "../../db/client.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { InCoalition } from "../coalitions/standing.ts";
import type { NamesOf } from "../coalitions/coalitions.presenter.ts";
import type { ProposalRow, ProposalsRepo, StanceRow } from "./proposals.repo.ts";

/**
 * The count of a proposal and what one reader sees of it: the live tally under the
 * proposal's rules, and the page built from it, with stances hidden or anonymous as set.
 */
export function createProposalPresenter(deps: {
  repo: ProposalsRepo;
  coalitions: Pick<CoalitionDirectory, "eligibleIds">;
  namesOf: NamesOf;
}) {
  const { repo, coalitions, namesOf } = deps;

  /** The live count: the stances of organisations still eligible, under the proposal's rules. */
  async function tally(row: ProposalRow, tx?: Tx) {
    const eligible = await coalitions.eligibleIds(row.coalitionId, tx);
    const stances = await repo.countedStances(row.id, eligible, tx ? { tx } : {});
    const result = evaluate(row.rules, {
      eligible: eligible.length,
      ballots: stances.map((s) => s.ballot),
    });
    return { stances, result };
  }

  /**
   * What the page shows of the count. After closing, every stance stays on record even if
   * its organisation has since left, and the result is the one taken at closing. While open
   * with hidden results, only the reader's own stances are read (see `disclosure`).
   */
  async function count(row: ProposalRow, mine: string[]) {
    if (row.status === "closed") {
      const stances = await repo.stances(row.id);
      const result = row.result ?? null;
      const eligible = result?.eligible ?? (await coalitions.eligibleIds(row.coalitionId)).length;
      return { stances, result, eligible, participation: result?.participation ?? stances.length };
    }
    if (!row.hiddenResults) {
      const { stances, result } = await tally(row);
      return { stances, result, eligible: result.eligible, participation: result.participation };
    }
    // Hidden while open: only the reader's own stances are read; how many answered is not told.
    const eligibleIds = await coalitions.eligibleIds(row.coalitionId);
    const own = await repo.countedStances(row.id, eligibleIds, { organizationIds: mine });
    return { stances: own, result: null, eligible: eligibleIds.length, participation: 0 };
  }

  /** Stances with their organisations' names (when shown), in name order. */
  async function named(stances: StanceRow[], also: string[], shown: boolean) {
    const names = await namesOf([...(shown ? stances.map((s) => s.organizationId) : []), ...also]);
    const nameOf = (id: string) => names.get(id) ?? "";
    const sorted = stances
      .map((s) => ({ ...s, name: nameOf(s.organizationId) }))
      .sort(
        (a, b) => a.name.localeCompare(b.name) || a.organizationId.localeCompare(b.organizationId),
      );
    return { sorted, nameOf };
  }

  async function present(row: ProposalRow, { standing }: InCoalition): Promise<Proposal> {
    const closed = row.status === "closed";
    const mine = standing.organizations.map((o) => o.organizationId);
    const { stances: raw, result, eligible, participation } = await count(row, mine);
    const shown = disclosure({ ...row, open: !closed }, participation);
    // Organisations are named only where the page lists who took part.
    const { sorted: stances, nameOf } = await named(
      raw,
      [row.openedFor, ...(row.targetOrganizationId ? [row.targetOrganizationId] : [])],
      shown.stances || shown.participants,
    );
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
      participation: shown.participation ? participation : null,
      result: shown.count ? result : null,
      withheld: shown.withheld,
      stances: shown.stances
        ? stances.map((x) => ({
            organizationId: x.organizationId,
            name: x.name,
            ballot: x.ballot,
            updatedAt: x.updatedAt.toISOString(),
          }))
        : null,
      participants: shown.participants
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
      permissions: proposalPermissions(standing, { open: row.status === "open" }),
    };
  }

  return { tally, present };
}
export type ProposalPresenter = ReturnType<typeof createProposalPresenter>;
