import { z } from "zod";
import { localizedText } from "./localized-text.ts";
import { Id, pageQuery } from "./problem.ts";
import { CommentPermissions, ThreadPermissions } from "./policy/permissions.ts";

/**
 * Discussions inside a coalition: threads on the coalition and one per proposal, with
 * Markdown comments. A `concern` thread is the structured way to take up a conflict, as
 * the seeds advise: name the problem, ask what the end goal is, map out potential allies
 * and choose which organisations take part.
 */
export const ThreadKind = z.enum(["discussion", "concern"]);
export type ThreadKind = z.infer<typeof ThreadKind>;

export const ConcernStatus = z.enum(["open", "resolved"]);
export type ConcernStatus = z.infer<typeof ConcernStatus>;

/** PostgreSQL stores no NUL character, and no unpaired surrogate inside JSON. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isStorable = (value: string) => !value.includes("\u0000") && !loneSurrogate.test(value);
const storable = { message: "contains characters that cannot be stored" };
const storableText = (min: number, max: number) =>
  z.string().trim().min(min).max(max).refine(isStorable, storable);

export const commentMaxLength = 20_000;
export const maxMentions = 20;
export const maxParticipants = 100;

/**
 * A comment in Markdown. Raw HTML is shown as text and images as their alt text; links keep
 * only http, https and mailto addresses.
 *
 * Mentions: list the organisations in `mentions` (each must be inside the coalition and,
 * in a concern, one that sees it); write `@{organizationId}` in the text where the name
 * should appear, and the rendered HTML shows it as
 * `<span class="mention" data-organization-id="…">@Name</span>`. Every `@{…}` in the text
 * must be listed in `mentions`; a listed organisation need not appear in the text.
 */
export const CommentBody = z
  .object({
    text: storableText(1, commentMaxLength),
    mentions: z.array(Id).max(maxMentions).default([]),
  })
  .strict();

export const CommentInput = CommentBody.extend({
  /** The organisation the comment speaks for; the author represents it in the coalition. */
  organizationId: Id,
}).strict();
export type CommentInput = z.input<typeof CommentInput>;

/** An edit replaces the text and mentions; the organisation stays the one first spoken for. */
export const CommentEdit = CommentBody;

const concernText = localizedText(4000).refine(
  (value) => Object.values(value.texts).every(isStorable),
  { ...storable, path: ["texts"] },
);

export const ConcernInput = z
  .object({
    problem: concernText,
    endGoal: concernText,
    /** Who, inside or outside the coalition, could help resolve it. */
    potentialAllies: concernText.optional(),
    /** Member organisations chosen to take part; only they, the raising organisation and
     * the convener side see the concern. */
    participants: z.array(Id).max(maxParticipants).default([]),
  })
  .strict();

export const ThreadInput = z
  .object({
    /** The member organisation opening the thread, which the author represents. */
    organizationId: Id,
    kind: ThreadKind.default("discussion"),
    title: storableText(3, 200),
    /** Required for a concern, refused for a discussion. */
    concern: ConcernInput.optional(),
    /** The first comment, written for the same organisation. */
    comment: CommentBody.optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.kind === "concern" && !t.concern) {
      ctx.addIssue({ code: "custom", path: ["concern"], message: "a concern needs its fields" });
    }
    if (t.kind === "discussion" && t.concern) {
      ctx.addIssue({
        code: "custom",
        path: ["concern"],
        message: "only a concern thread has these fields",
      });
    }
  });
export type ThreadInput = z.input<typeof ThreadInput>;

/**
 * Changes to a thread, made for `organizationId`: the title by the opening organisation or
 * the convener side; a concern's fields, its resolution and reopening by the raising
 * organisation or the convener side (conveners and co-leads).
 */
export const ThreadUpdate = z
  .object({
    organizationId: Id,
    title: storableText(3, 200).optional(),
    problem: concernText.optional(),
    endGoal: concernText.optional(),
    potentialAllies: concernText.nullable().optional(),
    participants: z.array(Id).max(maxParticipants).optional(),
    /** `resolved` needs a resolution; `open` reopens and clears it. */
    status: ConcernStatus.optional(),
    resolution: concernText.optional(),
  })
  .strict()
  .superRefine((u, ctx) => {
    if (u.status === "resolved" && !u.resolution) {
      ctx.addIssue({ code: "custom", path: ["resolution"], message: "say how it was resolved" });
    }
    if (u.resolution && u.status !== "resolved") {
      ctx.addIssue({
        code: "custom",
        path: ["status"],
        message: "a resolution comes with status resolved",
      });
    }
    if (
      !Object.entries(u).some(([key, value]) => key !== "organizationId" && value !== undefined)
    ) {
      ctx.addIssue({ code: "custom", path: [], message: "change at least one field" });
    }
  });
export type ThreadUpdate = z.input<typeof ThreadUpdate>;

export const ThreadListQuery = z.object({ kind: ThreadKind.optional(), ...pageQuery }).strict();
export const PageQuery = z.object(pageQuery).strict();

const OrgRef = z.object({ organizationId: Id, name: z.string() });
/** Who did something: the organisation, and the person acting for it (null once deleted). */
const Acting = OrgRef.extend({
  person: z.object({ userId: z.string(), name: z.string() }).nullable(),
});
const Timestamp = z.iso.datetime({ offset: true });

export const Concern = z.object({
  problem: concernText,
  endGoal: concernText,
  potentialAllies: concernText.nullable(),
  participants: z.array(OrgRef),
  status: ConcernStatus,
  resolution: z.object({ text: concernText, resolvedBy: Acting, resolvedAt: Timestamp }).nullable(),
});

export const Thread = z
  .object({
    /** A proposal's thread has the proposal's id, so it can be read before its first comment. */
    id: Id,
    coalitionId: Id,
    proposalId: Id.nullable(),
    kind: ThreadKind,
    /** A proposal's thread takes the proposal's title. */
    title: z.string(),
    openedBy: OrgRef,
    commentCount: z.number().int(),
    createdAt: Timestamp,
    lastActivityAt: Timestamp,
    concern: Concern.nullable(),
    /** Organisations a comment may mention: those inside that see the thread. */
    mentionable: z.array(OrgRef),
    /** What the reader may do here, as the server decides it. */
    permissions: ThreadPermissions,
  })
  .meta({ id: "Thread" });
export type Thread = z.infer<typeof Thread>;

export const ThreadSummary = Thread.omit({
  concern: true,
  mentionable: true,
  permissions: true,
}).extend({
  /** A concern's status; null for a discussion. */
  status: ConcernStatus.nullable(),
});
export const ThreadList = z.object({
  items: z.array(ThreadSummary),
  nextCursor: z.string().nullable(),
});

export const Comment = z
  .object({
    id: Id,
    threadId: Id,
    author: Acting,
    /** The Markdown source, for editing; null once withdrawn. */
    text: z.string().nullable(),
    /** The sanitised HTML rendered from it; null once withdrawn. */
    html: z.string().nullable(),
    mentions: z.array(OrgRef),
    createdAt: Timestamp,
    editedAt: Timestamp.nullable(),
    revisionCount: z.number().int(),
    /** Set when the author or the convener side withdrew it: a placeholder stays in its place. */
    withdrawn: z.object({ at: Timestamp, by: Acting }).nullable(),
    /** What the reader may do with it, as the server decides it. */
    permissions: CommentPermissions,
  })
  .meta({ id: "Comment" });
export type Comment = z.infer<typeof Comment>;

export const CommentList = z.object({ items: z.array(Comment), nextCursor: z.string().nullable() });

/** A text the comment had before an edit (or before it was withdrawn). */
export const CommentRevision = z.object({
  text: z.string(),
  html: z.string(),
  mentions: z.array(OrgRef),
  writtenAt: Timestamp,
  replacedAt: Timestamp,
  reason: z.enum(["edited", "withdrawn"]),
});
export const RevisionList = z.object({ items: z.array(CommentRevision) });
