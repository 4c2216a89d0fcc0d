import type { z } from "zod";
import type {
  Thread,
  ThreadInput,
  ThreadList,
  ThreadListQuery,
  ThreadUpdate,
} from "../../../shared/discussions.ts";
import { insideStatuses, mentionable, threadPermissions } from "../../../shared/policy/index.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Invalid } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { createCommentsService } from "./comments.service.ts";
import {
  type DiscussionDeps,
  type ThreadAccess,
  createDiscussionAccess,
} from "./discussion-access.ts";
import type { ThreadRow } from "./discussions.repo.ts";

const cursor = cursorFor(Keysets.instant);
const concernFields = ["problem", "endGoal", "potentialAllies"] as const;

/**
 * Threads on a coalition and on its proposals. A concern thread carries the problem, the
 * end goal, potential allies and the organisations chosen to take part, and is seen only by
 * them, the organisation that raised it and the convener side; it is resolved (and may be
 * reopened) by the raising organisation or the convener side.
 */
export function createDiscussionsService(deps: DiscussionDeps) {
  const { database, repo, clock, coalitions, names } = deps;
  const access = createDiscussionAccess(deps);
  const comments = createCommentsService(deps, access);

  /** What a thread shows in a list and on its own. */
  function presentBase(row: ThreadRow & { title: string }, orgNames: Map<string, string>) {
    return {
      id: row.id,
      coalitionId: row.coalitionId,
      proposalId: row.proposalId,
      kind: row.kind,
      title: row.title,
      openedBy: { organizationId: row.openedFor, name: orgNames.get(row.openedFor) ?? "" },
      commentCount: row.commentCount,
      createdAt: row.createdAt.toISOString(),
      lastActivityAt: row.lastActivityAt.toISOString(),
    };
  }

  /**
   * The thread as the reader sees it. After a change it is read again; `justRead` says the
   * access was loaded in this request after any change, so its thread and participants are
   * already the current ones.
   */
  async function present(a: ThreadAccess, justRead = false): Promise<Thread> {
    const stored = justRead ? undefined : await repo.findThread(a.thread.id);
    const row = stored ? await access.titled(stored) : a.thread;
    const participantIds = justRead
      ? a.facts.participantIds
      : row.kind === "concern"
        ? await repo.participants(row.id)
        : [];
    const facts = { ...a.facts, participantIds };
    const inside = await coalitions.members(row.coalitionId, { statuses: insideStatuses });
    const [orgNames, people] = await Promise.all([
      names.organizations([
        row.openedFor,
        ...(row.resolvedFor ? [row.resolvedFor] : []),
        ...participantIds,
        ...inside.map((m) => m.organizationId),
      ]),
      names.people([row.resolvedBy]),
    ]);
    const orgRef = (organizationId: string) => ({
      organizationId,
      name: orgNames.get(organizationId) ?? "",
    });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    return {
      ...presentBase(row, orgNames),
      concern:
        row.kind === "concern" && row.concern
          ? {
              problem: row.concern.problem,
              endGoal: row.concern.endGoal,
              potentialAllies: row.concern.potentialAllies,
              participants: participantIds.map(orgRef).sort(byName),
              status: row.concernStatus ?? "open",
              resolution:
                row.concernStatus === "resolved" && row.resolution && row.resolvedAt
                  ? {
                      text: row.resolution,
                      resolvedBy: {
                        ...orgRef(row.resolvedFor ?? row.openedFor),
                        person: row.resolvedBy
                          ? { userId: row.resolvedBy, name: people.get(row.resolvedBy) ?? "" }
                          : null,
                      },
                      resolvedAt: row.resolvedAt.toISOString(),
                    }
                  : null,
            }
          : null,
      mentionable: mentionable(
        facts,
        inside.map((m) => orgRef(m.organizationId)),
      ).sort(byName),
      permissions: threadPermissions(a.inside.standing, facts),
    };
  }

  // insertComment writes inside a caller's transaction: only thread creation uses it.
  const { insertComment, ...commentFunctions } = comments;

  return {
    ...commentFunctions,

    async createThread(
      actor: Actor,
      coalitionId: string,
      input: z.output<typeof ThreadInput>,
    ): Promise<Thread> {
      const { organizationId } = input;
      await coalitions.authorize(
        actor,
        coalitionId,
        { unknown: "No such coalition." },
        "thread.open",
        {
          organizationId,
        },
      );
      const id = newId();
      const at = clock.now();
      await database.db.transaction(async (tx) => {
        await coalitions.authorize(
          actor,
          coalitionId,
          { unknown: "No such coalition.", tx },
          "thread.open",
          { organizationId },
        );
        const participants = input.concern
          ? await access.requireInsideOrganizations(
              coalitionId,
              input.concern.participants,
              "body.concern.participants",
              null,
              tx,
            )
          : [];
        await repo.insertThread(tx, {
          id,
          coalitionId,
          kind: input.kind,
          title: input.title,
          openedFor: organizationId,
          openedBy: actor.userId,
          concern: input.concern
            ? {
                problem: input.concern.problem,
                endGoal: input.concern.endGoal,
                potentialAllies: input.concern.potentialAllies ?? null,
              }
            : null,
          concernStatus: input.concern ? "open" : null,
          lastActivityAt: at,
          createdAt: at,
        });
        await repo.setParticipants(
          tx,
          id,
          participants.map((p) => p.organizationId),
        );
        if (input.comment) {
          const a = await access.load(actor, id, tx);
          await insertComment(tx, actor, a, organizationId, input.comment, "body.comment");
        }
      });
      return present(await access.load(actor, id), true);
    },

    async listThreads(
      actor: Actor | null,
      coalitionId: string,
      query: z.output<typeof ThreadListQuery>,
    ): Promise<z.infer<typeof ThreadList>> {
      const after = cursor.decode(query.cursor);
      const inside = await access.requireInside(actor, coalitionId);
      const readerOrganizationIds = inside.standing.organizations
        .filter((o) => o.membership && insideStatuses.includes(o.membership.status))
        .map((o) => o.organizationId);
      const convenerSideIds = await coalitions.convenerSideIds(coalitionId);
      const rows = await repo.listThreads({
        coalitionId,
        kind: query.kind,
        readerOrganizationIds,
        everyConcern: readerOrganizationIds.some((id) => convenerSideIds.includes(id)),
        after: after ? { at: new Date(after.k), id: after.id } : null,
        limit: query.limit + 1,
      });
      const { items, nextCursor } = cursor.page(rows, query.limit, (r) => ({
        k: r.lastActivityAt.toISOString(),
        id: r.id,
      }));
      const proposalIds = items.flatMap((r) =>
        r.title === null && r.proposalId ? [r.proposalId] : [],
      );
      const [titles, orgNames] = await Promise.all([
        deps.proposals.titlesOf(proposalIds),
        names.organizations(items.map((r) => r.openedFor)),
      ]);
      return {
        items: items.map((r) => ({
          ...presentBase(
            { ...r, title: r.title ?? titles.get(r.proposalId ?? "") ?? "" },
            orgNames,
          ),
          status: r.kind === "concern" ? (r.concernStatus ?? "open") : null,
        })),
        nextCursor,
      };
    },

    async getThread(actor: Actor | null, id: string): Promise<Thread> {
      return present(await access.load(actor, id), true);
    },

    /** The proposal's thread, following the proposal's own access. */
    async proposalThread(actor: Actor | null, proposalId: string): Promise<Thread> {
      return present(await access.loadForProposal(actor, proposalId), true);
    },

    async updateThread(
      actor: Actor,
      id: string,
      input: z.output<typeof ThreadUpdate>,
    ): Promise<Thread> {
      const a = await access.load(actor, id);
      const changed = (Object.keys(input) as (keyof typeof input)[]).filter(
        (k) => k !== "organizationId" && input[k] !== undefined,
      );
      if (a.thread.proposalId) {
        throw new Invalid(
          "A proposal's thread follows its proposal.",
          changed.map((f) => ({
            field: `body.${f}`,
            message: "cannot change on a proposal's thread",
          })),
        );
      }
      if (a.thread.kind !== "concern") {
        const misplaced = changed.filter((f) => f !== "title");
        if (misplaced.length) {
          throw new Invalid(
            "Only a concern has these fields.",
            misplaced.map((f) => ({ field: `body.${f}`, message: "only a concern has this" })),
          );
        }
      }
      await database.db.transaction(async (tx) => {
        // Read under the lock, so two changes to different fields both survive.
        const locked = await repo.lockThread(tx, id);
        const now = await access.load(actor, id, tx);
        await coalitions.authorize(
          actor,
          a.thread.coalitionId,
          { unknown: "No such thread.", tx },
          "thread.update",
          { organizationId: input.organizationId, thread: now.facts },
        );
        const at = clock.now();
        const set: Parameters<typeof repo.updateThread>[2] = { lastActivityAt: at };
        if (input.title !== undefined) set.title = input.title;
        const concern = locked?.concern;
        if (concern && changed.some((f) => (concernFields as readonly string[]).includes(f))) {
          set.concern = {
            problem: input.problem ?? concern.problem,
            endGoal: input.endGoal ?? concern.endGoal,
            potentialAllies:
              input.potentialAllies === undefined ? concern.potentialAllies : input.potentialAllies,
          };
        }
        if (input.participants) {
          const participants = await access.requireInsideOrganizations(
            a.thread.coalitionId,
            input.participants,
            "body.participants",
            null,
            tx,
          );
          await repo.setParticipants(
            tx,
            id,
            participants.map((p) => p.organizationId),
          );
        }
        if (input.status === "resolved" && input.resolution) {
          Object.assign(set, {
            concernStatus: "resolved",
            resolution: input.resolution,
            resolvedFor: input.organizationId,
            resolvedBy: actor.userId,
            resolvedAt: at,
          });
        } else if (input.status === "open") {
          Object.assign(set, {
            concernStatus: "open",
            resolution: null,
            resolvedFor: null,
            resolvedBy: null,
            resolvedAt: null,
          });
        }
        await repo.updateThread(tx, id, set);
      });
      return present(a);
    },
  };
}
export type DiscussionsService = ReturnType<typeof createDiscussionsService>;
