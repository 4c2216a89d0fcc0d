import { and, asc, desc, eq, getTableColumns, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ThreadKind } from "../../../shared/discussions.ts";
import type { Db, Tx } from "../../db/client.ts";
import { users } from "../auth/auth.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { coalitionMembers } from "../coalitions/coalitions.table.ts";
import { proposals } from "../proposals/proposals.table.ts";
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
export type OrgName = { organizationId: string; name: string };

const withdrawnOrg = alias(organizations, "withdrawn_org");
const withdrawer = alias(users, "withdrawer");
const resolvedOrg = alias(organizations, "resolved_org");
const resolver = alias(users, "resolver");

const threadColumns = {
  ...getTableColumns(discussionThreads),
  title: sql<string>`coalesce(${discussionThreads.title}, ${proposals.title})`,
  openerName: organizations.name,
  resolvedForName: resolvedOrg.name,
  resolvedByName: resolver.name,
};
export type PresentableThread = Omit<ThreadRow, "title"> & {
  title: string;
  openerName: string;
  resolvedForName: string | null;
  resolvedByName: string | null;
};

const commentColumns = {
  ...getTableColumns(discussionComments),
  organizationName: organizations.name,
  authorName: users.name,
  withdrawnForName: withdrawnOrg.name,
  withdrawnByName: withdrawer.name,
};
export type PresentableComment = CommentRow & {
  organizationName: string;
  authorName: string | null;
  withdrawnForName: string | null;
  withdrawnByName: string | null;
};

const keysetTimestamp = (keyset: Keyset) => sql`${keyset.at.toISOString()}::timestamptz`;

export function createDiscussionsRepo(db: Db) {
  function selectThreads(tx: Executor) {
    return tx
      .select(threadColumns)
      .from(discussionThreads)
      .leftJoin(proposals, eq(proposals.id, discussionThreads.proposalId))
      .innerJoin(organizations, eq(organizations.id, discussionThreads.openedFor))
      .leftJoin(resolvedOrg, eq(resolvedOrg.id, discussionThreads.resolvedFor))
      .leftJoin(resolver, eq(resolver.id, discussionThreads.resolvedBy));
  }

  function selectComments(tx: Executor) {
    return tx
      .select(commentColumns)
      .from(discussionComments)
      .innerJoin(organizations, eq(organizations.id, discussionComments.organizationId))
      .leftJoin(users, eq(users.id, discussionComments.authorId))
      .leftJoin(withdrawnOrg, eq(withdrawnOrg.id, discussionComments.withdrawnFor))
      .leftJoin(withdrawer, eq(withdrawer.id, discussionComments.withdrawnBy));
  }

  return {
    async insertThread(tx: Tx, row: typeof discussionThreads.$inferInsert) {
      await tx.insert(discussionThreads).values(row);
    },

    /** Creates a proposal's thread unless it exists: its fixed id makes two first comments one thread. */
    async ensureThread(tx: Tx, row: typeof discussionThreads.$inferInsert) {
      await tx.insert(discussionThreads).values(row).onConflictDoNothing();
    },

    async findThread(id: string, tx: Executor = db): Promise<PresentableThread | undefined> {
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

    async participants(threadId: string, tx: Executor = db): Promise<OrgName[]> {
      return tx
        .select({ organizationId: concernParticipants.organizationId, name: organizations.name })
        .from(concernParticipants)
        .innerJoin(organizations, eq(organizations.id, concernParticipants.organizationId))
        .where(eq(concernParticipants.threadId, threadId))
        .orderBy(asc(organizations.name));
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
    }): Promise<PresentableThread[]> {
      const t = discussionThreads;
      const ids = query.readerOrganizationIds;
      const concernVisible = query.everyConcern
        ? undefined
        : or(
            eq(t.kind, "discussion"),
            ids.length ? inArray(t.openedFor, ids) : undefined,
            ids.length
              ? sql`exists (select 1 from ${concernParticipants} cp where cp.thread_id = ${t.id} and cp.organization_id in ${ids})`
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

    /** Member organisations with their status and role, among the given ids. */
    async members(coalitionId: string, organizationIds: string[], tx: Executor = db) {
      if (!organizationIds.length) return [];
      return tx
        .select({
          organizationId: coalitionMembers.organizationId,
          name: organizations.name,
          role: coalitionMembers.role,
          status: coalitionMembers.status,
        })
        .from(coalitionMembers)
        .innerJoin(organizations, eq(organizations.id, coalitionMembers.organizationId))
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            inArray(coalitionMembers.organizationId, organizationIds),
          ),
        );
    },

    /** The convener side: active conveners and co-leads. */
    async convenerSide(coalitionId: string, tx: Executor = db): Promise<string[]> {
      const rows = await tx
        .select({ organizationId: coalitionMembers.organizationId })
        .from(coalitionMembers)
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            eq(coalitionMembers.status, "active"),
            inArray(coalitionMembers.role, ["convener", "co_lead"]),
          ),
        );
      return rows.map((r) => r.organizationId);
    },

    async insertComment(tx: Tx, row: typeof discussionComments.$inferInsert) {
      await tx.insert(discussionComments).values(row);
    },

    async findComment(id: string, tx: Executor = db): Promise<PresentableComment | undefined> {
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

    async setMentions(tx: Tx, commentId: string, organizationIds: string[]) {
      await tx.delete(commentMentions).where(eq(commentMentions.commentId, commentId));
      if (organizationIds.length) {
        await tx
          .insert(commentMentions)
          .values(organizationIds.map((organizationId) => ({ commentId, organizationId })));
      }
    },

    /** The organisations comment X mentions now (none once withdrawn): whom to notify. */
    async mentionedOrganizations(commentId: string, tx: Executor = db): Promise<OrgName[]> {
      return tx
        .select({ organizationId: commentMentions.organizationId, name: organizations.name })
        .from(commentMentions)
        .innerJoin(organizations, eq(organizations.id, commentMentions.organizationId))
        .where(eq(commentMentions.commentId, commentId))
        .orderBy(asc(organizations.name));
    },

    async mentionsOf(commentIds: string[]): Promise<Map<string, OrgName[]>> {
      const found = new Map<string, OrgName[]>();
      if (!commentIds.length) return found;
      const rows = await db
        .select({
          commentId: commentMentions.commentId,
          organizationId: commentMentions.organizationId,
          name: organizations.name,
        })
        .from(commentMentions)
        .innerJoin(organizations, eq(organizations.id, commentMentions.organizationId))
        .where(inArray(commentMentions.commentId, commentIds))
        .orderBy(asc(organizations.name));
      for (const { commentId, ...org } of rows) {
        found.set(commentId, [...(found.get(commentId) ?? []), org]);
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
