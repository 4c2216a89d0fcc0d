import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { ThreadKind } from "../../../shared/discussions.ts";
import type { Db, Tx } from "../../db/client.ts";
import {
  commentMentions,
  commentRevisions,
  concernParticipants,
  discussionComments,
  discussionThreads,
} from "./discussions.table.ts";

type Executor = Db | Tx;
export type ThreadRow = typeof discussionThreads.$inferSelect;
export type CommentRow = typeof discussionComments.$inferSelect;
/** Where a page ends: the sort time and id of its last row. */
export type Keyset = { at: Date; id: string };

const keysetTimestamp = (keyset: Keyset) => sql`${keyset.at.toISOString()}::timestamptz`;

export function createDiscussionsRepo(db: Db) {
  const selectThreads = (tx: Executor) => tx.select().from(discussionThreads);
  const selectComments = (tx: Executor) => tx.select().from(discussionComments);

  return {
    async insertThread(tx: Tx, row: typeof discussionThreads.$inferInsert) {
      await tx.insert(discussionThreads).values(row);
    },

    /** Creates a proposal's thread unless it exists: its fixed id makes two first comments one thread. */
    async ensureThread(tx: Tx, row: typeof discussionThreads.$inferInsert) {
      await tx.insert(discussionThreads).values(row).onConflictDoNothing();
    },

    async findThread(id: string, tx: Executor = db): Promise<ThreadRow | undefined> {
      const [row] = await selectThreads(tx).where(eq(discussionThreads.id, id));
      return row;
    },

    /** Serialises comments, counts and concern changes of one thread. */
    async lockThread(tx: Tx, id: string): Promise<ThreadRow | undefined> {
      const [row] = await tx
        .select()
        .from(discussionThreads)
        .where(eq(discussionThreads.id, id))
        .for("update");
      return row;
    },

    async updateThread(
      tx: Executor,
      id: string,
      set: Partial<typeof discussionThreads.$inferInsert>,
    ) {
      await tx.update(discussionThreads).set(set).where(eq(discussionThreads.id, id));
    },

    async participants(threadId: string, tx: Executor = db): Promise<string[]> {
      const rows = await tx
        .select({ organizationId: concernParticipants.organizationId })
        .from(concernParticipants)
        .where(eq(concernParticipants.threadId, threadId));
      return rows.map((r) => r.organizationId);
    },

    async setParticipants(tx: Tx, threadId: string, organizationIds: string[]) {
      await tx.delete(concernParticipants).where(eq(concernParticipants.threadId, threadId));
      if (organizationIds.length) {
        await tx
          .insert(concernParticipants)
          .values(organizationIds.map((organizationId) => ({ threadId, organizationId })));
      }
    },

    /**
     * A coalition's threads, newest activity first. Concerns appear only where the reader's
     * organisations raised or take part in them, unless the reader sees every concern.
     */
    async listThreads(query: {
      coalitionId: string;
      kind?: ThreadKind | undefined;
      readerOrganizationIds: string[];
      everyConcern: boolean;
      after: Keyset | null;
      limit: number;
    }): Promise<ThreadRow[]> {
      const t = discussionThreads;
      const ids = query.readerOrganizationIds;
      const concernVisible = query.everyConcern
        ? undefined
        : or(
            eq(t.kind, "discussion"),
            ids.length ? inArray(t.openedFor, ids) : undefined,
            ids.length
              ? sql`exists (select 1 from ${concernParticipants} cp where cp.thread_id = "discussion_threads"."id" and cp.organization_id in ${ids})`
              : undefined,
          );
      return selectThreads(db)
        .where(
          and(
            eq(t.coalitionId, query.coalitionId),
            query.kind ? eq(t.kind, query.kind) : undefined,
            concernVisible,
            query.after
              ? sql`(${t.lastActivityAt}, ${t.id}) < (${keysetTimestamp(query.after)}, ${query.after.id}::uuid)`
              : undefined,
          ),
        )
        .orderBy(desc(t.lastActivityAt), desc(t.id))
        .limit(query.limit);
    },

    /** Stores a comment and answers with the row as stored, defaults filled in. */
    async insertComment(tx: Tx, row: typeof discussionComments.$inferInsert): Promise<CommentRow> {
      const [stored] = await tx.insert(discussionComments).values(row).returning();
      if (!stored) throw new Error("the comment was not stored");
      return stored;
    },

    /** Counts one more comment on the thread, in the statement that writes the count. */
    async countComment(tx: Tx, id: string, at: Date) {
      await tx
        .update(discussionThreads)
        .set({ commentCount: sql`${discussionThreads.commentCount} + 1`, lastActivityAt: at })
        .where(eq(discussionThreads.id, id));
    },

    async findComment(id: string, tx: Executor = db): Promise<CommentRow | undefined> {
      const [row] = await selectComments(tx).where(eq(discussionComments.id, id));
      return row;
    },

    /** Serialises edits and withdrawal of one comment. */
    async lockComment(tx: Tx, id: string): Promise<CommentRow | undefined> {
      const [row] = await tx
        .select()
        .from(discussionComments)
        .where(eq(discussionComments.id, id))
        .for("update");
      return row;
    },

    async updateComment(tx: Tx, id: string, set: Partial<typeof discussionComments.$inferInsert>) {
      await tx.update(discussionComments).set(set).where(eq(discussionComments.id, id));
    },

    /** A thread's comments, oldest first. */
    async listComments(threadId: string, after: Keyset | null, limit: number) {
      const c = discussionComments;
      return selectComments(db)
        .where(
          and(
            eq(c.threadId, threadId),
            after
              ? sql`(${c.createdAt}, ${c.id}) > (${keysetTimestamp(after)}, ${after.id}::uuid)`
              : undefined,
          ),
        )
        .orderBy(asc(c.createdAt), asc(c.id))
        .limit(limit);
    },

    /** The mentions of a new comment, which has none yet. */
    async addMentions(tx: Tx, commentId: string, organizationIds: string[]) {
      if (!organizationIds.length) return;
      await tx
        .insert(commentMentions)
        .values(organizationIds.map((organizationId) => ({ commentId, organizationId })));
    },

    async setMentions(tx: Tx, commentId: string, organizationIds: string[]) {
      await tx.delete(commentMentions).where(eq(commentMentions.commentId, commentId));
      if (organizationIds.length) {
        await tx
          .insert(commentMentions)
          .values(organizationIds.map((organizationId) => ({ commentId, organizationId })));
      }
    },

    /** The organisations comment X mentions now (none once withdrawn): whom to notify. */
    async mentionedOrganizations(commentId: string, tx: Executor = db): Promise<string[]> {
      const rows = await tx
        .select({ organizationId: commentMentions.organizationId })
        .from(commentMentions)
        .where(eq(commentMentions.commentId, commentId));
      return rows.map((r) => r.organizationId);
    },

    async mentionsOf(commentIds: string[]): Promise<Map<string, string[]>> {
      const found = new Map<string, string[]>();
      if (!commentIds.length) return found;
      const rows = await db
        .select({
          commentId: commentMentions.commentId,
          organizationId: commentMentions.organizationId,
        })
        .from(commentMentions)
        .where(inArray(commentMentions.commentId, commentIds));
      for (const { commentId, organizationId } of rows) {
        found.set(commentId, [...(found.get(commentId) ?? []), organizationId]);
      }
      return found;
    },

    async insertRevision(tx: Tx, row: typeof commentRevisions.$inferInsert) {
      await tx.insert(commentRevisions).values(row);
    },

    async revisions(commentId: string) {
      return db
        .select()
        .from(commentRevisions)
        .where(eq(commentRevisions.commentId, commentId))
        .orderBy(asc(commentRevisions.replacedAt), asc(commentRevisions.id));
    },
  };
}
export type DiscussionsRepo = ReturnType<typeof createDiscussionsRepo>;
