import type { z } from "zod";
import type { DecisionRule } from "../../../shared/coalitions.ts";
import {
  type Ballot,
  type ProposalRules,
  evaluate,
  parseBallot,
} from "../../../shared/decisions/index.ts";
import type {
  OutcomeInput,
  Proposal,
  ProposalInput,
  ProposalList,
} from "../../../shared/proposals.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Forbidden, Invalid, NotFound, Unauthorized } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { type CoalitionsRepo, insideStatuses } from "./coalitions.repo.ts";
import type { CoalitionsService, Standing } from "./coalitions.service.ts";
import type { ProposalRow, ProposalsRepo } from "./proposals.repo.ts";
import {
  type NotificationsService,
  activeMembers,
} from "../notifications/notifications.service.ts";

/** The proposal rules a charter's decision rule stands for; null when the convener decides. */
export function rulesFromCharter(rule: DecisionRule): ProposalRules | null {
  switch (rule.method) {
    case "convener":
      return null;
    case "supermajority": {
      const t = rule.threshold ?? { numerator: 2, denominator: 3, of: "cast" as const };
      return {
        kind: "supermajority",
        quorum: rule.quorum,
        threshold: { ratio: t.numerator / t.denominator, of: t.of },
      };
    }
    case "majority":
      return { kind: "majority", quorum: rule.quorum, threshold: { of: "cast" } };
    default:
      return { kind: rule.method, quorum: rule.quorum };
  }
}

/**
 * Proposals and stances: one organisation, one voice. Any representative of an eligible
 * organisation casts its stance; casting and closing lock the proposal row, so a stance is
 * either counted or refused, never lost, and two representatives at once leave one stance.
 */
export function createProposalsService(deps: {
  database: Database;
  repo: ProposalsRepo;
  coalitionsRepo: CoalitionsRepo;
  coalitions: CoalitionsService;
  clock: Clock;
  notifications: NotificationsService;
}) {
  const { database, repo, coalitionsRepo, coalitions, clock, notifications } = deps;

  /** Tells every active member organisation's representatives about this proposal. */
  async function tellMembers(
    tx: Tx | Database["db"],
    row: { id: string; coalitionId: string; title: string },
    kind: "proposal_opened" | "proposal_closed" | "outcome_recorded",
    extra: Record<string, string> = {},
    exceptUserId?: string,
  ) {
    const coalition = await coalitionsRepo.findById(row.coalitionId, tx);
    await notifications.notify(
      tx,
      { coalitionId: row.coalitionId, statuses: activeMembers },
      {
        kind,
        coalitionId: row.coalitionId,
        data: { coalition: coalition?.name ?? "", title: row.title, ...extra },
        link: `/proposals/${row.id}`,
        key: `${kind}:${row.id}`,
      },
      exceptUserId,
    );
  }

  async function requireInside(actor: Actor | null, coalitionId: string): Promise<Standing> {
    const s = await coalitions.standing(actor, coalitionId);
    if (!actor) throw new Unauthorized();
    if (!s.inside) throw new Forbidden("Only member organisations read the proposals.");
    return s;
  }

  /** The actor represents this organisation, an active member that is not an observer. */
  async function requireVoice(tx: Tx, actor: Actor, coalitionId: string, organizationId: string) {
    const member = await coalitionsRepo.member(coalitionId, organizationId, tx);
    const reps = member
      ? await coalitionsRepo.representatives(coalitionId, organizationId, tx)
      : [];
    if (!member || !reps.includes(actor.userId)) {
      throw new Forbidden("Only a representative of the organisation may act for it here.");
    }
    if (member.status !== "active") throw new Forbidden(`A ${member.status} member has no stance.`);
    if (member.role === "observer")
      throw new Forbidden("Observers read and comment but have no stance.");
  }

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

  async function load(actor: Actor | null, id: string) {
    const found = await repo.findById(id);
    if (!found) throw new NotFound("No such proposal.");
    const s = await requireInside(actor, found.coalitionId);
    if (found.status !== "open" || found.closesAt > clock.now()) return { row: found, s };
    await closeIfDue(id);
    return { row: (await repo.findById(id)) as ProposalRow, s };
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

  return {
    async create(actor: Actor, coalitionId: string, input: z.output<typeof ProposalInput>) {
      const s = await requireInside(actor, coalitionId);
      if (Date.parse(input.closesAt) <= clock.now().getTime()) {
        throw new Invalid("The closing time must be in the future.", [
          { field: "body.closesAt", message: "is in the past" },
        ]);
      }
      let rules = input.rules ?? null;
      const current = await coalitionsRepo.charter(coalitionId, s.coalition.charterVersion);
      if (input.subject === "charter") {
        rules = current ? rulesFromCharter(current.charter.decisionRules.charter) : null;
        if (!rules)
          throw new Conflict("This charter lets the convener amend it without a decision.");
      }
      if (input.subject === "removal") {
        rules = current ? rulesFromCharter(current.charter.decisionRules.admission) : null;
        if (!rules) {
          throw new Conflict("Under this charter the convener removes members without a decision.");
        }
        const target = await coalitionsRepo.member(coalitionId, input.targetOrganizationId ?? "");
        if (!target || !insideStatuses.includes(target.status)) {
          throw new Invalid("Only a member can be proposed for removal.", [
            { field: "body.targetOrganizationId", message: "is not a member of the coalition" },
          ]);
        }
      }
      const id = newId();
      await database.db.transaction(async (tx) => {
        await requireVoice(tx, actor, coalitionId, input.organizationId);
        await repo.insert(tx, {
          id,
          coalitionId,
          subject: input.subject,
          title: input.title,
          body: input.body ?? null,
          rules: rules as ProposalRules,
          proposedCharter: input.charter ?? null,
          targetOrganizationId: input.targetOrganizationId ?? null,
          closesAt: new Date(input.closesAt),
          hiddenResults: input.hiddenResults,
          anonymous: input.anonymous,
          status: "open",
          openedFor: input.organizationId,
          openedBy: actor.userId,
          createdAt: clock.now(),
        });
        await tellMembers(
          tx,
          { id, coalitionId, title: input.title },
          "proposal_opened",
          {},
          actor.userId,
        );
      });
      return present((await repo.findById(id)) as ProposalRow, s);
    },

    async list(actor: Actor | null, coalitionId: string): Promise<z.infer<typeof ProposalList>> {
      await requireInside(actor, coalitionId);
      const rows = await repo.listForCoalition(coalitionId);
      const due = rows.filter((r) => r.status === "open" && r.closesAt <= clock.now());
      for (const row of due) await closeIfDue(row.id);
      const current = due.length ? await repo.listForCoalition(coalitionId) : rows;
      return {
        items: current.map((r) => ({
          id: r.id,
          subject: r.subject,
          title: r.title,
          kind: r.kind,
          status: r.status,
          closesAt: r.closesAt.toISOString(),
          closedAt: r.closedAt?.toISOString() ?? null,
          outcome: r.outcome ?? null,
        })),
      };
    },

    async get(actor: Actor | null, id: string): Promise<Proposal> {
      const { row, s } = await load(actor, id);
      return present(row, s);
    },

    async cast(
      actor: Actor,
      id: string,
      organizationId: string,
      input: unknown,
    ): Promise<Proposal> {
      const { row: found, s } = await load(actor, id);
      await database.db.transaction(async (tx) => {
        const row = await repo.lock(tx, id);
        if (!row) throw new NotFound("No such proposal.");
        await requireVoice(tx, actor, row.coalitionId, organizationId);
        if (row.status !== "open" || row.closesAt <= clock.now()) {
          throw new Conflict("This proposal is closed: stances can no longer change.");
        }
        const parsed = parseBallot(row.rules, input);
        if (!parsed.ok) {
          throw new Invalid(
            `This ballot does not fit a ${row.rules.kind} proposal.`,
            parsed.issues.map((i) => ({
              field: i.field ? `body.ballot.${i.field}` : "body.ballot",
              message: i.message,
            })),
          );
        }
        await repo.castStance(tx, {
          proposalId: id,
          organizationId,
          ballot: parsed.ballot as Ballot,
          castBy: actor.userId,
          at: clock.now(),
        });
      });
      return present((await repo.findById(found.id)) as ProposalRow, s);
    },

    /** The convener closes early. */
    async close(actor: Actor, id: string): Promise<Proposal> {
      const { s } = await load(actor, id);
      await database.db.transaction(async (tx) => {
        const row = await repo.lock(tx, id);
        if (!row) throw new NotFound("No such proposal.");
        if (!(await coalitionsRepo.representsConvener(row.coalitionId, actor.userId, tx))) {
          throw new Forbidden("Only the convener may close a proposal early.");
        }
        if (row.status !== "open") throw new Conflict("This proposal is already closed.");
        await closeLocked(tx, row, actor.userId);
      });
      return present((await repo.findById(id)) as ProposalRow, s);
    },

    async recordOutcome(actor: Actor, id: string, input: z.output<typeof OutcomeInput>) {
      const { row, s } = await load(actor, id);
      if (!s.convenes) throw new Forbidden("Only the convener records the outcome.");
      if (row.status !== "closed")
        throw new Conflict("Record the outcome once the proposal closes.");
      await database.db.transaction(async (tx) => {
        await repo.update(tx, id, {
          outcomeStatement: input.statement,
          reviewDate: input.reviewDate ?? null,
          outcomeRecordedAt: clock.now(),
        });
        await tellMembers(tx, row, "outcome_recorded", {}, actor.userId);
      });
      return present((await repo.findById(id)) as ProposalRow, s);
    },

    /** Closes every proposal past its deadline; the server runs this on a timer. */
    async closeDue(): Promise<number> {
      return database.db.transaction(async (tx) => {
        const due = await repo.lockDue(tx, clock.now());
        for (const row of due) await closeLocked(tx, row, null);
        return due.length;
      });
    },
  };
}
export type ProposalsService = ReturnType<typeof createProposalsService>;
