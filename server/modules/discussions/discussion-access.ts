import {
  type ThreadFacts,
  check,
  insideStatuses,
  threadSight,
} from "../../../shared/policy/index.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import { enforce } from "../../lib/authorize.ts";
import type { Clock } from "../../lib/clock.ts";
import { Invalid, NotFound } from "../../lib/errors.ts";
import { type ParsedMarkdown, mentionedIds } from "../../lib/markdown.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { InCoalition } from "../coalitions/standing.ts";
import type { ProposalDirectory } from "../proposals/proposals.module.ts";
import type { DiscussionsRepo, ThreadRow } from "./discussions.repo.ts";

export type DiscussionDeps = {
  database: Database;
  repo: DiscussionsRepo;
  coalitions: Pick<CoalitionDirectory, "authorize" | "load" | "members" | "convenerSideIds">;
  proposals: Pick<ProposalDirectory, "find" | "titlesOf">;
  names: Names;
  clock: Clock;
  events: Emit;
};

export type OrgName = { organizationId: string; name: string };

/** A thread as one reader may see it, with what decides who else sees it. */
export type ThreadAccess = {
  thread: ThreadRow & { title: string };
  /** False for a proposal's thread before its first comment. */
  stored: boolean;
  inside: InCoalition;
  /** What the policy needs to know of the thread. */
  facts: ThreadFacts;
};

const noSuchThread = "No such thread.";

/**
 * Who may read and speak in coalition discussions, as the policy decides: only organisations
 * inside the coalition read, and a concern is a 404 even inside, except to the organisation
 * that raised it, those chosen to take part and the convener side.
 */
export function createDiscussionAccess(deps: DiscussionDeps) {
  const { repo, coalitions, proposals, names } = deps;

  /** The thread a proposal has before anyone comments: it takes the proposal's id. */
  async function proposalThread(proposalId: string, tx?: Tx) {
    const proposal = await proposals.find(proposalId, tx);
    if (!proposal) return undefined;
    const thread: ThreadRow & { title: string } = {
      id: proposal.id,
      coalitionId: proposal.coalitionId,
      proposalId: proposal.id,
      kind: "discussion",
      title: proposal.title,
      openedFor: proposal.openedFor,
      openedBy: proposal.openedBy,
      concern: null,
      concernStatus: null,
      resolution: null,
      resolvedFor: null,
      resolvedBy: null,
      resolvedAt: null,
      commentCount: 0,
      lastActivityAt: proposal.createdAt,
      createdAt: proposal.createdAt,
    };
    return thread;
  }

  /** The thread's title: a proposal's thread shows the proposal's. */
  async function titled(row: ThreadRow, tx?: Tx): Promise<ThreadRow & { title: string }> {
    if (row.title !== null || !row.proposalId) return { ...row, title: row.title ?? "" };
    const titles = await proposals.titlesOf([row.proposalId], tx);
    return { ...row, title: titles.get(row.proposalId) ?? "" };
  }

  async function factsOf(thread: ThreadRow, tx?: Tx): Promise<ThreadFacts> {
    const [participantIds, convenerSideIds] = await Promise.all([
      thread.kind === "concern" ? repo.participants(thread.id, tx) : [],
      coalitions.convenerSideIds(thread.coalitionId, tx),
    ]);
    return { kind: thread.kind, openedFor: thread.openedFor, participantIds, convenerSideIds };
  }

  /**
   * Loads a thread for a reader; one they may not know of does not exist for them, and is
   * refused with `unknown`, the message an unknown id of what they asked for gets. `locked` is
   * the thread's row when the caller's transaction has just locked it, so it is not read twice.
   */
  async function load(
    actor: Actor | null,
    threadId: string,
    tx?: Tx,
    unknown = noSuchThread,
    locked?: ThreadRow,
  ): Promise<ThreadAccess> {
    const found = locked ?? (await repo.findThread(threadId, tx));
    const thread = found ? await titled(found, tx) : await proposalThread(threadId, tx);
    if (!thread) throw new NotFound(unknown);
    const inside = await coalitions.load(actor, thread.coalitionId, tx);
    if (!inside) throw new NotFound(unknown);
    const facts = await factsOf(thread, tx);
    enforce(check(inside.standing, "thread.read", { thread: facts }), unknown);
    return { thread, stored: !!found, inside, facts };
  }

  /** Names of organisations, in name order. */
  async function named(ids: readonly string[], tx?: Tx): Promise<OrgName[]> {
    const found = await names.organizations(ids, tx);
    return [...new Set(ids)]
      .map((organizationId) => ({ organizationId, name: found.get(organizationId) ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  return {
    load,
    titled,

    /** A proposal's thread, refused exactly as an unknown proposal is. */
    async loadForProposal(actor: Actor | null, proposalId: string) {
      if (!(await proposals.find(proposalId))) throw new NotFound("No such proposal.");
      return load(actor, proposalId, undefined, "No such proposal.");
    },
    named,

    /** The coalition's inside, for lists and new threads. */
    requireInside: (actor: Actor | null, coalitionId: string) =>
      coalitions.authorize(
        actor,
        coalitionId,
        { unknown: "No such coalition." },
        "coalition.readInside",
      ),

    /** The organisations a list of ids names must be inside the coalition (and see a concern). */
    async requireInsideOrganizations(
      coalitionId: string,
      ids: string[],
      field: string,
      sight: Set<string> | null,
      tx: Tx,
    ): Promise<OrgName[]> {
      const unique = [...new Set(ids)];
      const members = new Map(
        (await coalitions.members(coalitionId, { organizationIds: unique }, tx)).map((m) => [
          m.organizationId,
          m,
        ]),
      );
      const errors = ids.flatMap((id, i) => {
        const member = members.get(id);
        if (!member || !insideStatuses.includes(member.status)) {
          return [
            { field: `${field}.${i}`, message: "is not an organisation inside this coalition" },
          ];
        }
        if (sight && !sight.has(id)) {
          return [{ field: `${field}.${i}`, message: "does not take part in this concern" }];
        }
        return [];
      });
      if (errors.length) throw new Invalid("Name only organisations inside the coalition.", errors);
      return named(unique, tx);
    },

    /** Every `@{…}` in the text is listed in the mentions, so no mention escapes the checks. */
    requireListedMentions(text: ParsedMarkdown, mentions: string[], field: string) {
      const listed = new Set(mentions);
      const unlisted = mentionedIds(text).filter((id) => !listed.has(id));
      if (unlisted.length) {
        throw new Invalid("Every organisation the text mentions must be listed in mentions.", [
          { field, message: `mentions ${unlisted.join(", ")} without listing it in mentions` },
        ]);
      }
    },

    sightOf: (a: Pick<ThreadAccess, "facts">) => threadSight(a.facts),
  };
}
export type DiscussionAccess = ReturnType<typeof createDiscussionAccess>;
