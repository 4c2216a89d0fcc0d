import type { z } from "zod";
import type { DecisionRule } from "../../../shared/coalitions.ts";
import { type Ballot, type ProposalRules, parseBallot } from "../../../shared/decisions/index.ts";
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
import { type CoalitionsRepo, insideStatuses } from "../coalitions/coalitions.repo.ts";
import type { CoalitionsService, Standing } from "../coalitions/coalitions.service.ts";
import { createProposalClosing } from "./proposals.closing.ts";
import { createProposalPresenter } from "./proposals.presenter.ts";
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
  const presenter = createProposalPresenter({ repo, coalitionsRepo });
  const { present } = presenter;

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

  const { closeLocked, closeIfDue } = createProposalClosing({
    database,
    repo,
    coalitionsRepo,
    clock,
    tally: presenter.tally,
    tellMembers,
  });

  async function load(actor: Actor | null, id: string) {
    const found = await repo.findById(id);
    if (!found) throw new NotFound("No such proposal.");
    const s = await requireInside(actor, found.coalitionId);
    if (found.status !== "open" || found.closesAt > clock.now()) return { row: found, s };
    await closeIfDue(id);
    return { row: (await repo.findById(id)) as ProposalRow, s };
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
