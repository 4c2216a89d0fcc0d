import type { Database, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Forbidden, Invalid, NotFound, Unauthorized } from "../../lib/errors.ts";
import { type ParsedMarkdown, mentionedIds } from "../../lib/markdown.ts";
import type { Actor } from "../auth/actor.ts";
import { type CoalitionsRepo, insideStatuses } from "../coalitions/coalitions.repo.ts";
import type { CoalitionsService, Standing } from "../coalitions/coalitions.service.ts";
import type { DiscussionsRepo, Keyset, OrgName, PresentableThread } from "./discussions.repo.ts";
import type { ProposalsRepo } from "../proposals/proposals.repo.ts";

export type DiscussionDeps = {
  database: Database;
  repo: DiscussionsRepo;
  proposalsRepo: ProposalsRepo;
  coalitionsRepo: CoalitionsRepo;
  coalitions: CoalitionsService;
  clock: Clock;
  /**
   * Called inside the transaction that stores a comment, with the organisations it newly
   * mentions, so whoever notifies them can write their rows atomically with it.
   */
  onMentioned?: (tx: Tx, event: MentionEvent) => Promise<void>;
};

export type MentionEvent = {
  coalitionId: string;
  threadId: string;
  commentId: string;
  /** Newly mentioned: on an edit, only those the previous text did not mention. */
  organizationIds: string[];
  byOrganizationId: string;
  byUserId: string;
};

/** A thread as one reader may see it, with what decides who else sees it. */
export type ThreadAccess = {
  thread: PresentableThread;
  /** False for a proposal's thread before its first comment. */
  stored: boolean;
  standing: Standing;
  /** The reader's organisations inside the coalition. */
  readerOrganizationIds: string[];
  /** Active conveners and co-leads. */
  convenerSide: string[];
  /** The reader belongs to the convener side: sees every concern and withdrawn history. */
  readerConvenes: boolean;
  participants: OrgName[];
};

/**
 * Who may read and speak in coalition discussions. Only organisations inside the coalition
 * read (a secret coalition is a 404 to anyone else); a concern is a 404 even inside, except
 * to the organisation that raised it, those chosen to take part and the convener side.
 */
export function createDiscussionAccess(deps: DiscussionDeps) {
  const { repo, proposalsRepo, coalitionsRepo, coalitions } = deps;

  async function requireInside(actor: Actor | null, coalitionId: string) {
    const standing = await coalitions.standing(actor, coalitionId);
    if (!actor) throw new Unauthorized();
    if (!standing.inside) throw new Forbidden("Only member organisations read the discussions.");
    const readerOrganizationIds = standing.memberships
      .filter((m) => insideStatuses.includes(m.status))
      .map((m) => m.organizationId);
    const convenerSide = await repo.convenerSide(coalitionId);
    const readerConvenes = readerOrganizationIds.some((id) => convenerSide.includes(id));
    return { standing, readerOrganizationIds, convenerSide, readerConvenes };
  }

  /** The thread a proposal has before anyone comments: it takes the proposal's id. */
  async function proposalThread(proposalId: string): Promise<PresentableThread | undefined> {
    const proposal = await proposalsRepo.findById(proposalId);
    if (!proposal) return undefined;
    const [opener] = await repo.members(proposal.coalitionId, [proposal.openedFor]);
    return {
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
      openerName: opener?.name ?? "",
      resolvedForName: null,
      resolvedByName: null,
    };
  }

  /** Organisations that see a concern (and so may speak and be mentioned in it). */
  function concernSight(a: Pick<ThreadAccess, "thread" | "participants" | "convenerSide">) {
    return new Set([
      a.thread.openedFor,
      ...a.participants.map((p) => p.organizationId),
      ...a.convenerSide,
    ]);
  }

  /** Loads a thread for a reader; a concern they may not see does not exist for them. */
  async function load(actor: Actor | null, threadId: string): Promise<ThreadAccess> {
    const found = await repo.findThread(threadId);
    const thread = found ?? (await proposalThread(threadId));
    if (!thread) throw new NotFound("No such thread.");
    const inside = await requireInside(actor, thread.coalitionId);
    const participants = thread.kind === "concern" ? await repo.participants(thread.id) : [];
    const access = { thread, stored: !!found, participants, ...inside };
    if (thread.kind === "concern") {
      const sight = concernSight(access);
      if (!inside.readerOrganizationIds.some((id) => sight.has(id))) {
        throw new NotFound("No such thread.");
      }
    }
    return access;
  }

  return {
    requireInside,
    concernSight,
    load,

    /** The proposal's thread, following the proposal's own access. */
    async loadForProposal(actor: Actor | null, proposalId: string) {
      const proposal = await proposalsRepo.findById(proposalId);
      if (!proposal) throw new NotFound("No such proposal.");
      return load(actor, proposalId);
    },

    /**
     * The actor represents this organisation, an active member: any role, observers
     * included, speaks; a suspended member reads but does not.
     */
    async requireSpeaker(tx: Tx, actor: Actor, coalitionId: string, organizationId: string) {
      const member = await coalitionsRepo.member(coalitionId, organizationId, tx);
      const reps = member
        ? await coalitionsRepo.representatives(coalitionId, organizationId, tx)
        : [];
      if (!member || !insideStatuses.includes(member.status) || !reps.includes(actor.userId)) {
        throw new Forbidden("Only a representative of the organisation may speak for it here.");
      }
      if (member.status !== "active") {
        throw new Forbidden("A suspended member reads the discussions but does not comment.");
      }
    },

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
        (await repo.members(coalitionId, unique, tx)).map((m) => [m.organizationId, m]),
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
      return unique.map((id) => ({ organizationId: id, name: members.get(id)?.name ?? "" }));
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
  };
}
export type DiscussionAccess = ReturnType<typeof createDiscussionAccess>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque page cursors: the sort time and id of a page's last row. */
export const encodeCursor = (keyset: Keyset) =>
  Buffer.from(JSON.stringify({ at: keyset.at.toISOString(), id: keyset.id })).toString("base64url");

export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (value && typeof value === "object" && "at" in value && "id" in value) {
      const at = typeof value.at === "string" ? new Date(value.at) : null;
      const id = typeof value.id === "string" ? value.id : "";
      // Years outside 1–9999 are valid in JavaScript but not in PostgreSQL.
      const year = at && !Number.isNaN(at.getTime()) ? at.getUTCFullYear() : 0;
      if (at && year >= 1 && year <= 9999 && uuidPattern.test(id)) return { at, id };
    }
  } catch {
    // fall through to the refusal below
  }
  throw new Invalid("The cursor is not valid.", [
    { field: "querystring.cursor", message: "is not a cursor from this API" },
  ]);
}

/** A page of `limit` rows from `limit + 1` read, with the cursor to the next one. */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => Keyset) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
