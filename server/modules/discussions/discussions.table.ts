import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { ConcernStatus, ThreadKind } from "../../../shared/discussions.ts";
import type { LocalizedText } from "../../../shared/locales.ts";
import { users } from "../auth/auth.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { coalitions } from "../coalitions/coalitions.table.ts";
import { proposals } from "../proposals/proposals.table.ts";

export type ConcernFields = {
  problem: LocalizedText;
  endGoal: LocalizedText;
  potentialAllies: LocalizedText | null;
};

/** A thread on a coalition, or the one thread of a proposal (which then has its id). */
export const discussionThreads = pgTable(
  "discussion_threads",
  {
    id: uuid("id").primaryKey(),
    coalitionId: uuid("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    proposalId: uuid("proposal_id")
      .unique()
      .references(() => proposals.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ThreadKind>().notNull(),
    /** Null for a proposal's thread, which shows the proposal's title. */
    title: text("title"),
    openedFor: uuid("opened_for")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    openedBy: text("opened_by").references(() => users.id, { onDelete: "set null" }),
    /** A concern's problem, end goal and potential allies; null for a discussion. */
    concern: jsonb("concern").$type<ConcernFields>(),
    concernStatus: text("concern_status").$type<ConcernStatus>(),
    resolution: jsonb("resolution").$type<LocalizedText>(),
    resolvedFor: uuid("resolved_for").references(() => organizations.id, { onDelete: "set null" }),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    commentCount: integer("comment_count").notNull().default(0),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("discussion_threads_activity_idx").on(t.coalitionId, t.lastActivityAt, t.id)],
);

/** The organisations chosen to take part in a concern; they, and only they, see it besides
 * the raising organisation and the convener side. */
export const concernParticipants = pgTable(
  "concern_participants",
  {
    threadId: uuid("thread_id")
      .notNull()
      .references(() => discussionThreads.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.organizationId] }),
    index("concern_participants_organization_idx").on(t.organizationId),
  ],
);

export const discussionComments = pgTable(
  "discussion_comments",
  {
    id: uuid("id").primaryKey(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => discussionThreads.id, { onDelete: "cascade" }),
    /** The organisation the comment speaks for. */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    /** Markdown source and its sanitised HTML; both null once withdrawn. */
    text: text("text"),
    html: text("html"),
    revisionCount: integer("revision_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnFor: uuid("withdrawn_for").references(() => organizations.id, {
      onDelete: "set null",
    }),
    withdrawnBy: text("withdrawn_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("discussion_comments_thread_idx").on(t.threadId, t.createdAt, t.id)],
);

/** Organisations a comment's current text mentions, for whoever notifies them. */
export const commentMentions = pgTable(
  "comment_mentions",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => discussionComments.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.organizationId] }),
    index("comment_mentions_organization_idx").on(t.organizationId),
  ],
);

/** Every text a comment had before an edit or its withdrawal, never updated. */
export const commentRevisions = pgTable(
  "comment_revisions",
  {
    id: uuid("id").primaryKey(),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => discussionComments.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    html: text("html").notNull(),
    /** The organisations it mentioned, with their names at the time. */
    mentions: jsonb("mentions").$type<{ organizationId: string; name: string }[]>().notNull(),
    reason: text("reason").$type<"edited" | "withdrawn">().notNull(),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull(),
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull(),
    replacedBy: text("replaced_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("comment_revisions_comment_idx").on(t.commentId, t.replacedAt)],
);
