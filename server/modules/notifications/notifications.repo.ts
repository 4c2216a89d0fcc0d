import {
  and,
  asc,
  desc,
  eq,
  gt,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  notExists,
  or,
  sql,
} from "drizzle-orm";
import type { CoalitionRole, MembershipStatus } from "../../../shared/coalitions.ts";
import type { NotificationData, NotificationKind } from "../../../shared/notifications.ts";
import type { Db, Tx } from "../../db/client.ts";
import { users } from "../auth/auth.table.ts";
import {
  coalitionMembers,
  coalitionRepresentatives,
  coalitions,
} from "../coalitions/coalitions.table.ts";
import { proposalStances, proposals } from "../proposals/proposals.table.ts";
import { discussionThreads } from "../discussions/discussions.table.ts";
import { organizationMembers, organizations } from "../organizations/organizations.table.ts";
import { notificationSettings, notifications } from "./notifications.table.ts";

type Executor = Db | Tx;
export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

export function createNotificationsRepo(db: Db) {
  return {
    /** Adds notifications; one already sent for the same event and person is left as it was. */
    async insertMany(tx: Executor, rows: NewNotification[]) {
      if (!rows.length) return;
      await tx.insert(notifications).values(rows).onConflictDoNothing();
    },

    /**
     * The users who act for the coalition's member organisations: representatives of
     * organisations in the given statuses, optionally only some organisations or roles.
     */
    async representativeUserIds(
      tx: Executor,
      coalitionId: string,
      filter: {
        statuses: MembershipStatus[];
        organizationIds?: string[];
        roles?: CoalitionRole[];
      },
    ): Promise<string[]> {
      const rows = await tx
        .selectDistinct({ userId: coalitionRepresentatives.userId })
        .from(coalitionRepresentatives)
        .innerJoin(
          coalitionMembers,
          and(
            eq(coalitionMembers.coalitionId, coalitionRepresentatives.coalitionId),
            eq(coalitionMembers.organizationId, coalitionRepresentatives.organizationId),
          ),
        )
        .where(
          and(
            eq(coalitionRepresentatives.coalitionId, coalitionId),
            inArray(coalitionMembers.status, filter.statuses),
            filter.organizationIds
              ? inArray(coalitionMembers.organizationId, filter.organizationIds)
              : undefined,
            filter.roles ? inArray(coalitionMembers.role, filter.roles) : undefined,
          ),
        );
      return rows.map((r) => r.userId);
    },

    /** Owners and admins of an organisation: who answers for it before it has representatives. */
    async managerUserIds(tx: Executor, organizationId: string): Promise<string[]> {
      const rows = await tx
        .select({ userId: organizationMembers.userId })
        .from(organizationMembers)
        .where(
          and(
            eq(organizationMembers.organizationId, organizationId),
            ne(organizationMembers.role, "member"),
          ),
        );
      return rows.map((r) => r.userId);
    },

    async coalitionName(tx: Executor, coalitionId: string): Promise<string> {
      const [row] = await tx
        .select({ name: coalitions.name })
        .from(coalitions)
        .where(eq(coalitions.id, coalitionId));
      return row?.name ?? "";
    },

    /** The names a mention's notification needs: thread title and organisations' names. */
    async mentionContext(tx: Executor, threadId: string, organizationIds: string[]) {
      const [thread] = await tx
        .select({ title: discussionThreads.title, proposalId: discussionThreads.proposalId })
        .from(discussionThreads)
        .where(eq(discussionThreads.id, threadId));
      // A proposal's thread has no title of its own: it shows the proposal's.
      const [proposal] = thread?.proposalId
        ? await tx
            .select({ title: proposals.title })
            .from(proposals)
            .where(eq(proposals.id, thread.proposalId))
        : [];
      const names = await tx
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, organizationIds));
      return {
        title: thread?.title ?? proposal?.title ?? "",
        link: thread?.proposalId ? `/proposals/${thread.proposalId}` : `/threads/${threadId}`,
        names: new Map(names.map((n) => [n.id, n.name])),
      };
    },

    /** A page of one person's notifications, newest first (ids are time-ordered). */
    async list(userId: string, options: { cursor?: string; limit: number; unread: boolean }) {
      return db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, userId),
            options.cursor ? lt(notifications.id, options.cursor) : undefined,
            options.unread ? isNull(notifications.readAt) : undefined,
          ),
        )
        .orderBy(desc(notifications.id))
        .limit(options.limit + 1);
    },

    async unreadCount(userId: string): Promise<number> {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
      return row?.count ?? 0;
    },

    async markRead(userId: string, ids: string[] | "all", at: Date) {
      await db
        .update(notifications)
        .set({ readAt: at })
        .where(
          and(
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
            ids === "all" ? undefined : inArray(notifications.id, ids),
          ),
        );
    },

    async settings(userId: string, tx: Executor = db) {
      const [row] = await tx
        .select()
        .from(notificationSettings)
        .where(eq(notificationSettings.userId, userId));
      return row ?? { userId, emailDigest: true, lastDigestAt: null };
    },

    async saveSettings(userId: string, emailDigest: boolean) {
      await db
        .insert(notificationSettings)
        .values({ userId, emailDigest })
        .onConflictDoUpdate({ target: notificationSettings.userId, set: { emailDigest } });
    },

    /**
     * For each open proposal closing by `until`, the representatives of eligible organisations
     * (active, not observers) that have not taken a stance yet.
     */
    async unansweredBefore(now: Date, until: Date) {
      return db
        .selectDistinct({
          proposalId: proposals.id,
          coalitionId: proposals.coalitionId,
          coalitionName: coalitions.name,
          title: proposals.title,
          closesAt: proposals.closesAt,
          userId: coalitionRepresentatives.userId,
        })
        .from(proposals)
        .innerJoin(coalitions, eq(coalitions.id, proposals.coalitionId))
        .innerJoin(
          coalitionMembers,
          and(
            eq(coalitionMembers.coalitionId, proposals.coalitionId),
            eq(coalitionMembers.status, "active"),
            ne(coalitionMembers.role, "observer"),
          ),
        )
        .innerJoin(
          coalitionRepresentatives,
          and(
            eq(coalitionRepresentatives.coalitionId, coalitionMembers.coalitionId),
            eq(coalitionRepresentatives.organizationId, coalitionMembers.organizationId),
          ),
        )
        .where(
          and(
            eq(proposals.status, "open"),
            gt(proposals.closesAt, now),
            lte(proposals.closesAt, until),
            notExists(
              db
                .select({ one: sql`1` })
                .from(proposalStances)
                .where(
                  and(
                    eq(proposalStances.proposalId, proposals.id),
                    eq(proposalStances.organizationId, coalitionMembers.organizationId),
                  ),
                ),
            ),
          ),
        )
        .limit(5000);
    },

    /**
     * People whose digest is due: email on, nothing sent in the last day, and something unread
     * and unsent that is at least `settledBefore` old (so what they read at once is not mailed).
     */
    async digestDue(now: Date, settledBefore: Date, limit = 50) {
      const dayAgo = new Date(now.getTime() - 86_400_000);
      return db
        .selectDistinct({ userId: notifications.userId, email: users.email, locale: users.locale })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .leftJoin(notificationSettings, eq(notificationSettings.userId, notifications.userId))
        .where(
          and(
            isNull(notifications.emailedAt),
            isNull(notifications.readAt),
            lte(notifications.createdAt, settledBefore),
            or(
              isNull(notificationSettings.emailDigest),
              eq(notificationSettings.emailDigest, true),
            ),
            or(
              isNull(notificationSettings.lastDigestAt),
              lte(notificationSettings.lastDigestAt, dayAgo),
            ),
          ),
        )
        .limit(limit);
    },

    /**
     * Claims one person's digest: locks their settings row (made if missing) so two processes
     * never send the same digest, and re-checks that it is still due.
     */
    async claimDigest(tx: Tx, userId: string, now: Date): Promise<boolean> {
      await tx.insert(notificationSettings).values({ userId }).onConflictDoNothing();
      const [row] = await tx
        .select()
        .from(notificationSettings)
        .where(eq(notificationSettings.userId, userId))
        .for("update", { skipLocked: true });
      if (!row || !row.emailDigest) return false;
      return !row.lastDigestAt || row.lastDigestAt.getTime() <= now.getTime() - 86_400_000;
    },

    async unsent(tx: Tx, userId: string, kinds?: NotificationKind[]) {
      return tx
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, userId),
            isNull(notifications.emailedAt),
            isNull(notifications.readAt),
            kinds ? inArray(notifications.kind, kinds) : undefined,
          ),
        )
        .orderBy(asc(notifications.createdAt))
        .limit(100);
    },

    async markEmailed(tx: Tx, ids: string[], at: Date) {
      if (!ids.length) return;
      await tx.update(notifications).set({ emailedAt: at }).where(inArray(notifications.id, ids));
    },

    async recordDigest(tx: Tx, userId: string, at: Date) {
      await tx
        .update(notificationSettings)
        .set({ lastDigestAt: at })
        .where(eq(notificationSettings.userId, userId));
    },

    /** People with urgent reminders not yet emailed, and their language. */
    async urgentDue(kinds: NotificationKind[], limit = 100) {
      return db
        .selectDistinct({ userId: notifications.userId, email: users.email, locale: users.locale })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .leftJoin(notificationSettings, eq(notificationSettings.userId, notifications.userId))
        .where(
          and(
            isNull(notifications.emailedAt),
            isNull(notifications.readAt),
            inArray(notifications.kind, kinds),
            or(
              isNull(notificationSettings.emailDigest),
              eq(notificationSettings.emailDigest, true),
            ),
          ),
        )
        .limit(limit);
    },

    async lockUser(tx: Tx, userId: string) {
      await tx.insert(notificationSettings).values({ userId }).onConflictDoNothing();
      const [row] = await tx
        .select()
        .from(notificationSettings)
        .where(eq(notificationSettings.userId, userId))
        .for("update", { skipLocked: true });
      return row;
    },
  };
}
export type NotificationsRepo = ReturnType<typeof createNotificationsRepo>;

export type NotificationEvent = {
  kind: NotificationKind;
  coalitionId: string | null;
  data: NotificationData;
  link: string;
  /** Identifies the event: with the person, it makes the notification unique. */
  key: string;
};
