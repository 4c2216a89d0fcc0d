import type { z } from "zod";
import type {
  Comment,
  CommentEdit,
  CommentInput,
  CommentList,
  RevisionList,
} from "../../../shared/discussions.ts";
import { check, commentPermissions, convenerSideFor } from "../../../shared/policy/index.ts";
import type { Tx } from "../../db/client.ts";
import { enforce } from "../../lib/authorize.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { MarkdownTooDeep, parseMarkdown, renderMarkdown } from "../../lib/markdown.ts";
import type { Actor } from "../auth/actor.ts";
import type { DiscussionAccess, DiscussionDeps, ThreadAccess } from "./discussion-access.ts";
import type { CommentRow, ThreadRow } from "./discussions.repo.ts";

const cursor = cursorFor(Keysets.instant);

type Presentable = CommentRow & { mentions: string[] };
const noSuchComment = "No such comment.";

type Body = z.output<typeof CommentEdit>;

/**
 * Comments: Markdown rendered once, on write, to sanitised HTML. Any representative of an
 * active member organisation that sees the thread comments for it; only the author edits,
 * and every edit keeps the previous text; the author or the convener side withdraws,
 * leaving a placeholder.
 */
export function createCommentsService(deps: DiscussionDeps, access: DiscussionAccess) {
  const { database, repo, clock, names, events } = deps;

  /** Checks the speaker and the mentions, and renders the text with the mentioned names. */
  async function prepare(
    tx: Tx,
    actor: Actor,
    a: ThreadAccess,
    organizationId: string,
    body: Body,
    field: string,
    locked?: ThreadRow,
  ) {
    const now = await access.load(actor, a.thread.id, tx, undefined, locked);
    enforce(
      check(now.inside.standing, "comment.write", { organizationId, thread: now.facts }),
      "No such thread.",
    );
    try {
      const parsed = parseMarkdown(body.text);
      access.requireListedMentions(parsed, body.mentions, `${field}.text`);
      const mentioned = await access.requireInsideOrganizations(
        a.thread.coalitionId,
        body.mentions,
        `${field}.mentions`,
        access.sightOf(now),
        tx,
      );
      const shown = new Map(mentioned.map((m) => [m.organizationId, m.name]));
      return { now, mentioned, html: renderMarkdown(parsed, shown) };
    } catch (error) {
      if (error instanceof MarkdownTooDeep) {
        throw new Invalid(error.message, [
          { field: `${field}.text`, message: "nests quotes or lists too deeply" },
        ]);
      }
      throw error;
    }
  }

  /** Tells whoever listens that a comment newly mentions these organisations. */
  async function tellMentioned(
    tx: Tx,
    a: ThreadAccess,
    commentId: string,
    authorOrganizationId: string,
    mentioned: { organizationId: string; name: string }[],
    byUserId: string,
  ) {
    if (!mentioned.length) return;
    const author = await access.named([authorOrganizationId], tx);
    await events.emit(tx, "comment.mentioned", {
      coalitionId: a.thread.coalitionId,
      coalitionName: a.inside.coalition.name,
      commentId,
      threadTitle: a.thread.title,
      link: a.thread.proposalId ? `/proposals/${a.thread.proposalId}` : `/threads/${a.thread.id}`,
      author: author[0] ?? { organizationId: authorOrganizationId, name: "" },
      mentioned,
      byUserId,
    });
  }

  /**
   * Stores a comment on a locked, stored thread and counts it there; answers with the stored
   * row, its mentions and the thread as the transaction saw it, to present without reading
   * them again.
   */
  async function insert(
    tx: Tx,
    actor: Actor,
    a: ThreadAccess,
    organizationId: string,
    body: Body,
    field: string,
    locked?: ThreadRow,
  ): Promise<{ row: Presentable; now: ThreadAccess }> {
    const { now, mentioned, html } = await prepare(
      tx,
      actor,
      a,
      organizationId,
      body,
      field,
      locked,
    );
    const at = clock.now();
    const row = await repo.insertComment(tx, {
      id: newId(),
      threadId: a.thread.id,
      organizationId,
      authorId: actor.userId,
      text: body.text,
      html,
      createdAt: at,
    });
    const mentions = mentioned.map((m) => m.organizationId);
    await repo.addMentions(tx, row.id, mentions);
    await repo.countComment(tx, a.thread.id, at);
    await tellMentioned(tx, a, row.id, organizationId, mentioned, actor.userId);
    return { row: { ...row, mentions }, now };
  }

  /** Comments as one reader sees them: names filled in, and what they may do with each. */
  async function presentAll(rows: Presentable[], a: ThreadAccess): Promise<Comment[]> {
    const [orgNames, people] = await Promise.all([
      names.organizations(
        rows.flatMap((r) => [
          r.organizationId,
          ...(r.withdrawnFor ? [r.withdrawnFor] : []),
          ...r.mentions,
        ]),
      ),
      names.people(rows.flatMap((r) => [r.authorId, r.withdrawnBy])),
    ]);
    const org = (organizationId: string) => ({
      organizationId,
      name: orgNames.get(organizationId) ?? "",
    });
    const person = (userId: string | null) =>
      userId && people.has(userId) ? { userId, name: people.get(userId) ?? "" } : null;
    return rows.map((row) => ({
      id: row.id,
      threadId: row.threadId,
      author: { ...org(row.organizationId), person: person(row.authorId) },
      text: row.text,
      html: row.html,
      mentions: row.withdrawnAt
        ? []
        : row.mentions.map(org).sort((x, y) => x.name.localeCompare(y.name)),
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
      revisionCount: row.revisionCount,
      withdrawn:
        row.withdrawnAt && row.withdrawnFor
          ? {
              at: row.withdrawnAt.toISOString(),
              by: { ...org(row.withdrawnFor), person: person(row.withdrawnBy) },
            }
          : null,
      permissions: commentPermissions(a.inside.standing, a.facts, {
        organizationId: row.organizationId,
        authorId: row.authorId,
        withdrawn: !!row.withdrawnAt,
      }),
    }));
  }

  async function present(id: string, a: ThreadAccess): Promise<Comment> {
    const row = await repo.findComment(id);
    if (!row) throw new NotFound(noSuchComment);
    const [shown] = await presentAll(
      [{ ...row, mentions: await repo.mentionedOrganizations(id) }],
      a,
    );
    if (!shown) throw new NotFound(noSuchComment);
    return shown;
  }

  /** The comment and its thread, as this reader may see them. */
  async function load(actor: Actor | null, commentId: string, tx?: Tx) {
    const row = tx ? await repo.lockComment(tx, commentId) : await repo.findComment(commentId);
    if (!row) throw new NotFound(noSuchComment);
    return { row, a: await access.load(actor, row.threadId, tx, noSuchComment) };
  }

  return {
    insertComment: async (...args: Parameters<typeof insert>) => (await insert(...args)).row.id,

    async addComment(
      actor: Actor,
      threadId: string,
      input: z.output<typeof CommentInput>,
    ): Promise<Comment> {
      const a = await access.load(actor, threadId);
      const stored = await database.db.transaction(async (tx) => {
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
        const locked = await repo.lockThread(tx, threadId);
        return insert(tx, actor, a, input.organizationId, input, "body", locked);
      });
      // The comment as stored, with the reader's standing as the transaction checked it.
      const [shown] = await presentAll([stored.row], stored.now);
      if (!shown) throw new NotFound(noSuchComment);
      return shown;
    },

    async listComments(
      actor: Actor | null,
      threadId: string,
      query: { cursor?: string | undefined; limit: number },
    ): Promise<z.infer<typeof CommentList>> {
      const after = cursor.decode(query.cursor);
      const a = await access.load(actor, threadId);
      if (!a.stored) return { items: [], nextCursor: null };
      const rows = await repo.listComments(
        threadId,
        after ? { at: new Date(after.k), id: after.id } : null,
        query.limit + 1,
      );
      const { items, nextCursor } = cursor.page(rows, query.limit, (r) => ({
        k: r.createdAt.toISOString(),
        id: r.id,
      }));
      const mentions = await repo.mentionsOf(items.map((r) => r.id));
      return {
        items: await presentAll(
          items.map((r) => ({ ...r, mentions: mentions.get(r.id) ?? [] })),
          a,
        ),
        nextCursor,
      };
    },

    async editComment(actor: Actor, commentId: string, input: Body): Promise<Comment> {
      const { a } = await load(actor, commentId);
      await database.db.transaction(async (tx) => {
        const { row: current, a: now } = await load(actor, commentId, tx);
        enforce(
          check(now.inside.standing, "comment.edit", {
            thread: now.facts,
            organizationId: current.organizationId,
            authorId: current.authorId,
            withdrawn: false,
          }),
          noSuchComment,
        );
        if (!current.text || !current.html || current.withdrawnAt) {
          throw new Conflict("This comment was withdrawn: it can no longer be edited.");
        }
        const before = await repo.mentionedOrganizations(commentId, tx);
        const { mentioned, html } = await prepare(
          tx,
          actor,
          now,
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
          mentions: await access.named(before, tx),
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
        await repo.setMentions(
          tx,
          commentId,
          mentioned.map((m) => m.organizationId),
        );
        const earlier = new Set(before);
        const added = mentioned.filter((m) => !earlier.has(m.organizationId));
        await tellMentioned(tx, now, commentId, current.organizationId, added, actor.userId);
      });
      return present(commentId, a);
    },

    /** The author, or a representative of the convener side, takes a comment down. */
    async withdrawComment(actor: Actor, commentId: string): Promise<Comment> {
      const { a } = await load(actor, commentId);
      await database.db.transaction(async (tx) => {
        const { row: current, a: now } = await load(actor, commentId, tx);
        enforce(
          check(now.inside.standing, "comment.withdraw", {
            thread: now.facts,
            authorId: current.authorId,
          }),
          noSuchComment,
        );
        if (!current.text || !current.html || current.withdrawnAt) {
          throw new Conflict("This comment is already withdrawn.");
        }
        const actingFor =
          current.authorId === actor.userId
            ? current.organizationId
            : (convenerSideFor(now.inside.standing)[0] ?? current.organizationId);
        const at = clock.now();
        await repo.insertRevision(tx, {
          id: newId(),
          commentId,
          text: current.text,
          html: current.html,
          mentions: await access.named(await repo.mentionedOrganizations(commentId, tx), tx),
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
      return present(commentId, a);
    },

    /**
     * Earlier texts, oldest first. Once a comment is withdrawn its history stays for the
     * convener side only: withdrawing takes the words off everyone else's screen, while
     * those who handle conflicts keep the record.
     */
    async revisions(actor: Actor | null, commentId: string): Promise<z.infer<typeof RevisionList>> {
      const { row, a } = await load(actor, commentId);
      enforce(
        check(a.inside.standing, "comment.history", {
          thread: a.facts,
          withdrawn: !!row.withdrawnAt,
        }),
        noSuchComment,
      );
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
  };
}
export type CommentsService = ReturnType<typeof createCommentsService>;
