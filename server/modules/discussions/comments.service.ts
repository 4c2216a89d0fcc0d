import type { z } from "zod";
import type {
  Comment,
  CommentEdit,
  CommentInput,
  CommentList,
  RevisionList,
} from "../../../shared/discussions.ts";
import type { Tx } from "../../db/client.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { MarkdownTooDeep, parseMarkdown, renderMarkdown } from "../../lib/markdown.ts";
import type { Actor } from "../auth/actor.ts";
import {
  type DiscussionAccess,
  type DiscussionDeps,
  type ThreadAccess,
  decodeCursor,
  page,
} from "./discussion-access.ts";
import type { OrgName, PresentableComment } from "./discussions.repo.ts";

const person = (userId: string | null, name: string | null) =>
  userId && name !== null ? { userId, name } : null;

export function presentComment(row: PresentableComment, mentions: OrgName[]): Comment {
  return {
    id: row.id,
    threadId: row.threadId,
    author: {
      organizationId: row.organizationId,
      name: row.organizationName,
      person: person(row.authorId, row.authorName),
    },
    text: row.text,
    html: row.html,
    mentions: row.withdrawnAt ? [] : mentions,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    revisionCount: row.revisionCount,
    withdrawn:
      row.withdrawnAt && row.withdrawnFor
        ? {
            at: row.withdrawnAt.toISOString(),
            by: {
              organizationId: row.withdrawnFor,
              name: row.withdrawnForName ?? "",
              person: person(row.withdrawnBy, row.withdrawnByName),
            },
          }
        : null,
  };
}

type Body = z.output<typeof CommentEdit>;

/**
 * Comments: Markdown rendered once, on write, to sanitised HTML. Any representative of an
 * active member organisation comments for it; only the author edits, and every edit keeps
 * the previous text; the author or the convener side withdraws, leaving a placeholder.
 */
export function createCommentsService(deps: DiscussionDeps, access: DiscussionAccess) {
  const { database, repo, clock } = deps;

  /** Checks the speaker and the mentions, and renders the text with the mentioned names. */
  async function prepare(
    tx: Tx,
    actor: Actor,
    a: ThreadAccess,
    organizationId: string,
    body: Body,
    field: string,
  ) {
    await access.requireSpeaker(tx, actor, a.thread.coalitionId, organizationId);
    const sight = a.thread.kind === "concern" ? access.concernSight(a) : null;
    if (sight && !sight.has(organizationId)) {
      throw new Forbidden("Only the organisations taking part in this concern comment on it.");
    }
    try {
      const parsed = parseMarkdown(body.text);
      access.requireListedMentions(parsed, body.mentions, `${field}.text`);
      const mentioned = await access.requireInsideOrganizations(
        a.thread.coalitionId,
        body.mentions,
        `${field}.mentions`,
        sight,
        tx,
      );
      const names = new Map(mentioned.map((m) => [m.organizationId, m.name]));
      return { mentioned, html: renderMarkdown(parsed, names) };
    } catch (error) {
      if (error instanceof MarkdownTooDeep) {
        throw new Invalid(error.message, [
          { field: `${field}.text`, message: "nests quotes or lists too deeply" },
        ]);
      }
      throw error;
    }
  }

  /** Stores a comment on a locked, stored thread and counts it there. */
  async function insert(
    tx: Tx,
    actor: Actor,
    a: ThreadAccess,
    organizationId: string,
    body: Body,
    field: string,
  ): Promise<string> {
    const { mentioned, html } = await prepare(tx, actor, a, organizationId, body, field);
    const id = newId();
    const at = clock.now();
    await repo.insertComment(tx, {
      id,
      threadId: a.thread.id,
      organizationId,
      authorId: actor.userId,
      text: body.text,
      html,
      createdAt: at,
    });
    const ids = mentioned.map((m) => m.organizationId);
    await repo.setMentions(tx, id, ids);
    const thread = await repo.lockThread(tx, a.thread.id);
    await repo.updateThread(tx, a.thread.id, {
      commentCount: (thread?.commentCount ?? 0) + 1,
      lastActivityAt: at,
    });
    if (ids.length && deps.onMentioned) {
      await deps.onMentioned(tx, {
        coalitionId: a.thread.coalitionId,
        threadId: a.thread.id,
        commentId: id,
        organizationIds: ids,
        byOrganizationId: organizationId,
        byUserId: actor.userId,
      });
    }
    return id;
  }

  async function present(id: string): Promise<Comment> {
    const row = await repo.findComment(id);
    if (!row) throw new NotFound("No such comment.");
    return presentComment(row, await repo.mentionedOrganizations(id));
  }

  /** The comment and its thread, as this reader may see them. */
  async function load(actor: Actor | null, commentId: string) {
    const row = await repo.findComment(commentId);
    if (!row) throw new NotFound("No such comment.");
    return { row, a: await access.load(actor, row.threadId) };
  }

  return {
    insertComment: insert,

    async addComment(
      actor: Actor,
      threadId: string,
      input: z.output<typeof CommentInput>,
    ): Promise<Comment> {
      const a = await access.load(actor, threadId);
      const id = await database.db.transaction(async (tx) => {
        if (!a.stored) {
          await repo.ensureThread(tx, {
            id: a.thread.id,
            coalitionId: a.thread.coalitionId,
            proposalId: a.thread.proposalId,
            kind: "discussion",
            openedFor: a.thread.openedFor,
            openedBy: a.thread.openedBy,
            lastActivityAt: a.thread.createdAt,
            createdAt: a.thread.createdAt,
          });
        }
        // Locked first, so comments on one thread are counted one after another.
        await repo.lockThread(tx, threadId);
        const fresh = a.thread.kind === "concern" ? await repo.participants(threadId, tx) : [];
        return insert(
          tx,
          actor,
          { ...a, participants: fresh },
          input.organizationId,
          input,
          "body",
        );
      });
      return present(id);
    },

    async listComments(
      actor: Actor | null,
      threadId: string,
      query: { cursor?: string | undefined; limit: number },
    ): Promise<z.infer<typeof CommentList>> {
      const after = decodeCursor(query.cursor);
      const a = await access.load(actor, threadId);
      if (!a.stored) return { items: [], nextCursor: null };
      const rows = await repo.listComments(threadId, after, query.limit + 1);
      const { items, nextCursor } = page(rows, query.limit, (r) => ({ at: r.createdAt, id: r.id }));
      const mentions = await repo.mentionsOf(items.map((r) => r.id));
      return {
        items: items.map((r) => presentComment(r, mentions.get(r.id) ?? [])),
        nextCursor,
      };
    },

    async editComment(actor: Actor, commentId: string, input: Body): Promise<Comment> {
      const { row, a } = await load(actor, commentId);
      if (row.authorId !== actor.userId) throw new Forbidden("Only its author edits a comment.");
      await database.db.transaction(async (tx) => {
        const current = await repo.lockComment(tx, commentId);
        if (!current?.text || !current.html || current.withdrawnAt) {
          throw new Conflict("This comment was withdrawn: it can no longer be edited.");
        }
        const before = await repo.mentionedOrganizations(commentId, tx);
        const { mentioned, html } = await prepare(
          tx,
          actor,
          a,
          current.organizationId,
          input,
          "body",
        );
        const at = clock.now();
        await repo.insertRevision(tx, {
          id: newId(),
          commentId,
          text: current.text,
          html: current.html,
          mentions: before,
          reason: "edited",
          writtenAt: current.editedAt ?? current.createdAt,
          replacedAt: at,
          replacedBy: actor.userId,
        });
        await repo.updateComment(tx, commentId, {
          text: input.text,
          html,
          editedAt: at,
          revisionCount: current.revisionCount + 1,
        });
        const ids = mentioned.map((m) => m.organizationId);
        await repo.setMentions(tx, commentId, ids);
        const earlier = new Set(before.map((m) => m.organizationId));
        const added = ids.filter((id) => !earlier.has(id));
        if (added.length && deps.onMentioned) {
          await deps.onMentioned(tx, {
            coalitionId: a.thread.coalitionId,
            threadId: a.thread.id,
            commentId,
            organizationIds: added,
            byOrganizationId: current.organizationId,
            byUserId: actor.userId,
          });
        }
      });
      return present(commentId);
    },

    /** The author, or a representative of the convener side, takes a comment down. */
    async withdrawComment(actor: Actor, commentId: string): Promise<Comment> {
      const { a } = await load(actor, commentId);
      await database.db.transaction(async (tx) => {
        const current = await repo.lockComment(tx, commentId);
        if (!current) throw new NotFound("No such comment.");
        let actingFor: string | undefined;
        if (current.authorId === actor.userId) actingFor = current.organizationId;
        else {
          for (const organizationId of [...a.convenerSide].sort()) {
            const reps = await deps.coalitionsRepo.representatives(
              a.thread.coalitionId,
              organizationId,
              tx,
            );
            if (reps.includes(actor.userId)) {
              actingFor = organizationId;
              break;
            }
          }
        }
        if (!actingFor) {
          throw new Forbidden("Only its author or the convener side may withdraw a comment.");
        }
        if (!current.text || !current.html || current.withdrawnAt) {
          throw new Conflict("This comment is already withdrawn.");
        }
        const at = clock.now();
        await repo.insertRevision(tx, {
          id: newId(),
          commentId,
          text: current.text,
          html: current.html,
          mentions: await repo.mentionedOrganizations(commentId, tx),
          reason: "withdrawn",
          writtenAt: current.editedAt ?? current.createdAt,
          replacedAt: at,
          replacedBy: actor.userId,
        });
        await repo.updateComment(tx, commentId, {
          text: null,
          html: null,
          withdrawnAt: at,
          withdrawnFor: actingFor,
          withdrawnBy: actor.userId,
          revisionCount: current.revisionCount + 1,
        });
        await repo.setMentions(tx, commentId, []);
      });
      return present(commentId);
    },

    /**
     * Earlier texts, oldest first. Once a comment is withdrawn its history stays for the
     * convener side only: withdrawing takes the words off everyone else's screen, while
     * those who handle conflicts keep the record.
     */
    async revisions(actor: Actor | null, commentId: string): Promise<z.infer<typeof RevisionList>> {
      const { row, a } = await load(actor, commentId);
      if (row.withdrawnAt && !a.readerConvenes) {
        throw new Forbidden("The history of a withdrawn comment is kept for the convener side.");
      }
      const rows = await repo.revisions(commentId);
      return {
        items: rows.map((r) => ({
          text: r.text,
          html: r.html,
          mentions: r.mentions,
          writtenAt: r.writtenAt.toISOString(),
          replacedAt: r.replacedAt.toISOString(),
          reason: r.reason,
        })),
      };
    },

    /** The organisations comment X mentions now: for whoever notifies their representatives. */
    mentionedOrganizations: (commentId: string) => repo.mentionedOrganizations(commentId),
  };
}
export type CommentsService = ReturnType<typeof createCommentsService>;
