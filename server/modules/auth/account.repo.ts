import { and, desc, eq, gt } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sessions, users } from "./auth.table.ts";

/** The signed-in person's own account record (Better Auth's `users` row) and its preferences. */
export function createAccountRepo(db: Db) {
  return {
    async findUser(userId: string) {
      const [row] = await db.select().from(users).where(eq(users.id, userId));
      return row ?? null;
    },

    /** The person's unexpired sessions, newest first, without their tokens. */
    async listSessions(userId: string, now: Date) {
      return db
        .select({
          id: sessions.id,
          createdAt: sessions.createdAt,
          expiresAt: sessions.expiresAt,
          ipAddress: sessions.ipAddress,
          userAgent: sessions.userAgent,
        })
        .from(sessions)
        .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
        .orderBy(desc(sessions.createdAt));
    },

    /** Ends one of the person's own sessions; false when they have none by that id. */
    async deleteSession(userId: string, sessionId: string) {
      const rows = await db
        .delete(sessions)
        .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
        .returning({ id: sessions.id });
      return rows.length > 0;
    },

    async setLocale(userId: string, locale: string) {
      await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId));
    },
  };
}
export type AccountRepo = ReturnType<typeof createAccountRepo>;
