import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { NotificationData, NotificationKind } from "../../../shared/notifications.ts";
import type { Db, Tx } from "../../db/client.ts";
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

    /** A page of one person's notifications, newest first (ids are time-ordered). */
    async list(userId: string, options: { before: string | null; limit: number; unread: boolean }) {
      return db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, userId),
            options.before ? lt(notifications.id, options.before) : undefined,
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
     * People whose digest is due: email on, nothing sent in the last day, and something unread
     * and unsent that is at least `settledBefore` old (so what they read at once is not mailed).
     */
    async digestDue(now: Date, settledBefore: Date, limit = 50) {
      const dayAgo = new Date(now.getTime() - 86_400_000);
      return db
        .selectDistinct({ userId: notifications.userId })
        .from(notifications)
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

    /** People with urgent reminders not yet emailed. */
    async urgentDue(kinds: NotificationKind[], limit = 100) {
      return db
        .selectDistinct({ userId: notifications.userId })
        .from(notifications)
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
