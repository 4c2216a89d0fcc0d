import type { z } from "zod";
import type {
  Thread,
  ThreadInput,
  ThreadList,
  ThreadListQuery,
  ThreadUpdate,
} from "../../../shared/discussions.ts";
import { Forbidden, Invalid } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { createCommentsService } from "./comments.service.ts";
import {
  type DiscussionDeps,
  type ThreadAccess,
  createDiscussionAccess,
  decodeCursor,
  page,
} from "./discussion-access.ts";
import type { OrgName, PresentableThread } from "./discussions.repo.ts";

/** What a thread shows in a list and on its own. */
function presentBase(row: PresentableThread): Omit<Thread, "concern"> {
  return {
    id: row.id,
    coalitionId: row.coalitionId,
    proposalId: row.proposalId,
    kind: row.kind,
    title: row.title,
    openedBy: { organizationId: row.openedFor, name: row.openerName },
    commentCount: row.commentCount,
    createdAt: row.createdAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
  };
}

function presentThread(row: PresentableThread, participants: OrgName[]): Thread {
  return {
    ...presentBase(row),
    concern:
      row.kind === "concern" && row.concern
        ? {
            problem: row.concern.problem,
            endGoal: row.concern.endGoal,
            potentialAllies: row.concern.potentialAllies,
            participants,
            status: row.concernStatus ?? "open",
            resolution:
              row.concernStatus === "resolved" && row.resolution && row.resolvedAt
                ? {
                    text: row.resolution,
                    resolvedBy: {
                      organizationId: row.resolvedFor ?? row.openedFor,
                      name: row.resolvedForName ?? "",
                      person:
                        row.resolvedBy && row.resolvedByName !== null
                          ? { userId: row.resolvedBy, name: row.resolvedByName }
                          : null,
                    },
                    resolvedAt: row.resolvedAt.toISOString(),
                  }
                : null,
          }
        : null,
  };
}

const concernFields = ["problem", "endGoal", "potentialAllies"] as const;

/**
 * Threads on a coalition and on its proposals. A concern thread carries the problem, the
 * end goal, potential allies and the organisations chosen to take part, and is seen only by
 * them, the organisation that raised it and the convener side; it is resolved (and may be
 * reopened) by the raising organisation or the convener side.
 */
export function createDiscussionsService(deps: DiscussionDeps) {
  const { database, repo, clock } = deps;
  const access = createDiscussionAccess(deps);
  const comments = createCommentsService(deps, access);

  async function present(a: Pick<ThreadAccess, "thread">): Promise<Thread> {
    const row = (await repo.findThread(a.thread.id)) ?? a.thread;
    const participants = row.kind === "concern" ? await repo.participants(row.id) : [];
    return presentThread(row, participants);
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
      const inside = await access.requireInside(actor, coalitionId);
      const id = newId();
      const at = clock.now();
      await database.db.transaction(async (tx) => {
        await access.requireSpeaker(tx, actor, coalitionId, input.organizationId);
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
          openedFor: input.organizationId,
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
        const ids = participants.map((p) => p.organizationId);
        await repo.setParticipants(tx, id, ids);
        if (input.comment) {
          const thread = await repo.findThread(id, tx);
          if (!thread) throw new Error("the thread just written is missing");
          const a = { ...inside, thread, stored: true, participants };
          await insertComment(tx, actor, a, input.organizationId, input.comment, "body.comment");
        }
      });
      return present(await access.load(actor, id));
    },

    async listThreads(
      actor: Actor | null,
      coalitionId: string,
      query: z.output<typeof ThreadListQuery>,
    ): Promise<z.infer<typeof ThreadList>> {
      const after = decodeCursor(query.cursor);
      const inside = await access.requireInside(actor, coalitionId);
      const rows = await repo.listThreads({
        coalitionId,
        kind: query.kind,
        readerOrganizationIds: inside.readerOrganizationIds,
        everyConcern: inside.readerConvenes,
        after,
        limit: query.limit + 1,
      });
      const { items, nextCursor } = page(rows, query.limit, (r) => ({
        at: r.lastActivityAt,
        id: r.id,
      }));
      return {
        items: items.map((r) => ({
          ...presentBase(r),
          status: r.kind === "concern" ? (r.concernStatus ?? "open") : null,
        })),
        nextCursor,
      };
    },

    async getThread(actor: Actor | null, id: string): Promise<Thread> {
      return present(await access.load(actor, id));
    },

    async proposalThread(actor: Actor | null, proposalId: string): Promise<Thread> {
      return present(await access.loadForProposal(actor, proposalId));
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
        await access.requireSpeaker(tx, actor, a.thread.coalitionId, input.organizationId);
        const convenerSide = await repo.convenerSide(a.thread.coalitionId, tx);
        if (
          input.organizationId !== a.thread.openedFor &&
          !convenerSide.includes(input.organizationId)
        ) {
          throw new Forbidden(
            a.thread.kind === "concern"
              ? "Only the raising organisation or the convener side may change or resolve a concern."
              : "Only the organisation that opened the thread or the convener side may rename it.",
          );
        }
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
