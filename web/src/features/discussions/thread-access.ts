import type { Comment, Thread } from "../../../../shared/discussions.ts";
import type { CoalitionAccess } from "../../lib/coalition-access.ts";

/**
 * What the reader may do in one thread. A concern is seen, and spoken in, only by the
 * organisation that raised it, those chosen to take part and the convener side.
 */
export function threadAccessOf(thread: Thread, access: CoalitionAccess, userId: string | null) {
  const sight = thread.concern
    ? new Set([
        thread.openedBy.organizationId,
        ...thread.concern.participants.map((p) => p.organizationId),
        ...access.convenerSideIds,
      ])
    : null;
  const speakers = access.speaksFor.filter((o) => !sight || sight.has(o.organizationId));
  const convenes = access.convenesFor.length > 0;
  const raisedByMe = access.speaksFor.find(
    (o) => o.organizationId === thread.openedBy.organizationId,
  );
  return {
    speakers,
    /** Organisations a comment may mention: those inside who see the thread. */
    mentionable: access.members.filter((m) => !sight || sight.has(m.organizationId)),
    /** The organisation to resolve or reopen a concern for, if the reader may. */
    resolvesFor: thread.concern ? (raisedByMe ?? access.convenesFor[0] ?? null) : null,
    mayEdit: (comment: Comment) =>
      !!userId && !comment.withdrawn && comment.author.person?.userId === userId,
    mayWithdraw: (comment: Comment) =>
      !comment.withdrawn && ((!!userId && comment.author.person?.userId === userId) || convenes),
    /** A withdrawn comment's earlier text is kept for the convener side only. */
    mayReadRevisions: (comment: Comment) =>
      comment.revisionCount > 0 && (!comment.withdrawn || convenes),
  };
}
export type ThreadAccess = ReturnType<typeof threadAccessOf>;
