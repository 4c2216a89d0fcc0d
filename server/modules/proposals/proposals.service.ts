import type { z } from "zod";
import {
  type Ballot,
  type DecisionResult,
  type ProposalRules,
  disclosure,
  parseBallot,
} from "../../../shared/decisions/index.ts";
import {
  type OutcomeInput,
  type Proposal,
  type ProposalInput,
  type ProposalList,
  decisionFor,
} from "../../../shared/proposals.ts";
import { check, insideStatuses } from "../../../shared/policy/index.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import { enforce } from "../../lib/authorize.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { NamesOf } from "../coalitions/coalitions.presenter.ts";
import type { InCoalition } from "../coalitions/standing.ts";
import { createProposalClosing } from "./proposals.closing.ts";
import type { ProposalPresenter } from "./proposals.presenter.ts";
import type { ProposalRow, ProposalsRepo } from "./proposals.repo.ts";

/** How long before the deadline the organisations that have not answered are reminded. */
const remindWithinMs = 24 * 3_600_000;
const noSuchProposal = "No such proposal.";

/**
 * Proposals and stances: one organisation, one voice. Any representative of an eligible
 * organisation casts its stance; casting and closing lock the proposal row, so a stance is
 * either counted or refused, never lost, and two representatives at once leave one stance.
 */
export function createProposalsService(deps: {
  database: Database;
  repo: ProposalsRepo;
  presenter: ProposalPresenter;
  coalitions: Pick<
    CoalitionDirectory,
    "authorize" | "load" | "charterInForce" | "member" | "eligibleIds" | "checkCharterTerms"
  >;
  clock: Clock;
  events: Emit;
  namesOf: NamesOf;
}) {
  const { database, repo, presenter, coalitions, clock, events, namesOf } = deps;
  const { present, tally } = presenter;
  const coalitionName = async (coalitionId: string, tx?: Tx) =>
    (await coalitions.load(null, coalitionId, tx))?.coalition.name ?? "";

  const { closeLocked, closeIfDue } = createProposalClosing({
    database,
    repo,
    clock,
    tally,
    events,
    coalitionName,
  });

  /** The proposal and the reader's standing; one they may not know of does not exist. */
  async function load(actor: Actor | null, id: string) {
    const found = await repo.findById(id);
    if (!found) throw new NotFound(noSuchProposal);
    const inside = await coalitions.authorize(
      actor,
      found.coalitionId,
      { unknown: noSuchProposal },
      "proposal.read",
    );
    if (found.status !== "open" || found.closesAt > clock.now()) return { row: found, inside };
    await closeIfDue(id);
    return { row: (await repo.findById(id)) as ProposalRow, inside };
  }

  const fresh = async (id: string, inside: InCoalition) =>
    present((await repo.findById(id)) as ProposalRow, inside);

  /** The rules a new proposal is decided by: the charter's, where it fixes them. */
  async function rulesFor(coalitionId: string, input: z.output<typeof ProposalInput>) {
    const charter = await coalitions.charterInForce(coalitionId);
    const decision = charter ? decisionFor(charter, input.subject) : { by: "proposal" as const };
    if (decision.by === "convener") {
      throw new Conflict("Under this charter the convener decides this without a proposal.");
    }
    if (decision.by === "charter") {
      if (input.rules) {
        throw new Invalid("The charter sets how this kind of decision is taken.", [
          { field: "body.rules", message: "the charter's rule applies: leave rules out" },
        ]);
      }
      return decision.rules;
    }
    if (!input.rules) {
      throw new Invalid("Choose how this proposal is decided.", [
        { field: "body.rules", message: "is required: the charter leaves the method open" },
      ]);
    }
    return input.rules;
  }

  /**
   * Tells the convener side when a stance makes the count reach quorum or blocks it, as far
   * as the proposal lets anyone learn of the count (`disclosure`): nothing while results are
   * hidden; in an anonymous proposal nobody is named, and a block cast while the count is
   * still too small to show is told when the count first shows.
   */
  async function tellOfTurn(
    tx: Tx,
    row: ProposalRow,
    before: DecisionResult,
    organizationId: string,
    ballot: Ballot,
    previous: Ballot | undefined,
    coalitionName: string,
  ) {
    const { result } = await tally(row, tx);
    const settings = { open: true, hiddenResults: row.hiddenResults, anonymous: row.anonymous };
    const shownBefore = disclosure(settings, before.participation).count;
    const shownNow = disclosure(settings, result.participation).count;
    if (!shownNow) return;
    const about = {
      coalitionId: row.coalitionId,
      coalitionName,
      proposalId: row.id,
      title: row.title,
    };
    if (!(shownBefore && before.quorumMet) && result.quorumMet) {
      await events.emit(tx, "proposal.quorumReached", about);
    }
    const blocks = (b: Ballot | undefined) => !!b && "stance" in b && b.stance === "block";
    const blocksNow = "blocks" in result ? result.blocks : 0;
    const newBlock = blocks(ballot) && !blocks(previous);
    if (row.anonymous) {
      if (blocksNow > 0 && (newBlock || !shownBefore)) {
        await events.emit(tx, "proposal.blocked", { ...about, organization: null });
      }
    } else if (newBlock) {
      const name = (await namesOf([organizationId], tx)).get(organizationId) ?? "";
      await events.emit(tx, "proposal.blocked", {
        ...about,
        organization: { organizationId, name },
      });
    }
  }

  return {
    /**
     * Opens a proposal. `alsoIn` lets the module that asked for it (a risk decision) write
     * its own link to the proposal in the same transaction.
     */
    async create(
      actor: Actor,
      coalitionId: string,
      input: z.output<typeof ProposalInput>,
      alsoIn?: (tx: Tx, proposalId: string) => Promise<void>,
    ) {
      const inside = await coalitions.authorize(
        actor,
        coalitionId,
        { unknown: "No such coalition." },
        "proposal.open",
        { organizationId: input.organizationId },
      );
      if (Date.parse(input.closesAt) <= clock.now().getTime()) {
        throw new Invalid("The closing time must be in the future.", [
          { field: "body.closesAt", message: "is in the past" },
        ]);
      }
      const rules = await rulesFor(coalitionId, input);
      await coalitions.checkCharterTerms(input.charter, "body.charter");
      if (input.subject === "removal") {
        const target = await coalitions.member(coalitionId, input.targetOrganizationId ?? "");
        if (!target || !insideStatuses.includes(target.status)) {
          throw new Invalid("Only a member can be proposed for removal.", [
            { field: "body.targetOrganizationId", message: "is not a member of the coalition" },
          ]);
        }
      }
      const id = newId();
      await database.db.transaction(async (tx) => {
        // The voice is checked again in the transaction that writes.
        await coalitions.authorize(
          actor,
          coalitionId,
          { unknown: "No such coalition.", tx },
          "proposal.open",
          { organizationId: input.organizationId },
        );
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
        await alsoIn?.(tx, id);
        await events.emit(tx, "proposal.opened", {
          coalitionId,
          coalitionName: inside.coalition.name,
          proposalId: id,
          title: input.title,
          byUserId: actor.userId,
        });
      });
      return fresh(id, inside);
    },

    async list(actor: Actor | null, coalitionId: string): Promise<z.infer<typeof ProposalList>> {
      await coalitions.authorize(
        actor,
        coalitionId,
        { unknown: "No such coalition." },
        "coalition.readInside",
      );
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
      const { row, inside } = await load(actor, id);
      return present(row, inside);
    },

    async cast(
      actor: Actor,
      id: string,
      organizationId: string,
      input: unknown,
    ): Promise<Proposal> {
      const { inside } = await load(actor, id);
      await database.db.transaction(async (tx) => {
        const row = await repo.lock(tx, id);
        if (!row) throw new NotFound(noSuchProposal);
        const now = await coalitions.authorize(
          actor,
          row.coalitionId,
          { unknown: noSuchProposal, tx },
          "proposal.stance",
          { organizationId },
        );
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
        const before = (await tally(row, tx)).result;
        const previous = await repo.stanceOf(id, organizationId, tx);
        await repo.castStance(tx, {
          proposalId: id,
          organizationId,
          ballot: parsed.ballot as Ballot,
          castBy: actor.userId,
          at: clock.now(),
        });
        await tellOfTurn(
          tx,
          row,
          before,
          organizationId,
          parsed.ballot as Ballot,
          previous?.ballot,
          // Read a moment ago in this transaction, with the standing.
          now.coalition.name,
        );
      });
      return fresh(id, inside);
    },

    /** The convener closes early. */
    async close(actor: Actor, id: string): Promise<Proposal> {
      const { inside } = await load(actor, id);
      await database.db.transaction(async (tx) => {
        const row = await repo.lock(tx, id);
        if (!row) throw new NotFound(noSuchProposal);
        await coalitions.authorize(
          actor,
          row.coalitionId,
          { unknown: noSuchProposal, tx },
          "proposal.close",
        );
        if (row.status !== "open") throw new Conflict("This proposal is already closed.");
        await closeLocked(tx, row, actor.userId);
      });
      return fresh(id, inside);
    },

    async recordOutcome(actor: Actor, id: string, input: z.output<typeof OutcomeInput>) {
      const { row, inside } = await load(actor, id);
      enforce(check(inside.standing, "proposal.outcome"), noSuchProposal);
      if (row.status !== "closed")
        throw new Conflict("Record the outcome once the proposal closes.");
      await database.db.transaction(async (tx) => {
        await repo.update(tx, id, {
          outcomeStatement: input.statement,
          reviewDate: input.reviewDate ?? null,
          outcomeRecordedAt: clock.now(),
        });
        await events.emit(tx, "proposal.outcomeRecorded", {
          coalitionId: row.coalitionId,
          coalitionName: inside.coalition.name,
          proposalId: id,
          title: row.title,
          byUserId: actor.userId,
        });
      });
      return fresh(id, inside);
    },

    /** Closes every proposal past its deadline; the server runs this on a timer. */
    async closeDue(): Promise<number> {
      return database.db.transaction(async (tx) => {
        const due = await repo.lockDue(tx, clock.now());
        for (const row of due) await closeLocked(tx, row, null);
        return due.length;
      });
    },

    /** Tells the organisations that have not answered a proposal closing within a day. */
    async remindClosing(): Promise<number> {
      const now = clock.now();
      const due = await repo.closingBetween(now, new Date(now.getTime() + remindWithinMs));
      let reminded = 0;
      for (const proposal of due) {
        const answered = new Set(proposal.answered);
        const silent = (await coalitions.eligibleIds(proposal.coalitionId)).filter(
          (id) => !answered.has(id),
        );
        if (!silent.length) continue;
        await database.db.transaction(async (tx) => {
          await events.emit(tx, "proposal.closingSoon", {
            coalitionId: proposal.coalitionId,
            coalitionName: await coalitionName(proposal.coalitionId, tx),
            proposalId: proposal.id,
            title: proposal.title,
            closesAt: proposal.closesAt,
            organizationIds: silent,
          });
        });
        reminded += silent.length;
      }
      return reminded;
    },
  };
}
export type ProposalsService = ReturnType<typeof createProposalsService>;
