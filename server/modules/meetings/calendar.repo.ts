import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { calendarTokens } from "./meetings.table.ts";

export function createCalendarRepo(db: Db) {
  return {
    /** Keeps one token per user: a new one replaces (and so revokes) the old. */
    async saveToken(userId: string, tokenHash: string, createdAt: Date) {
      await db
        .insert(calendarTokens)
        .values({ userId, tokenHash, createdAt })
        .onConflictDoUpdate({ target: calendarTokens.userId, set: { tokenHash, createdAt } });
    },

    async deleteToken(userId: string): Promise<boolean> {
      const deleted = await db
        .delete(calendarTokens)
        .where(eq(calendarTokens.userId, userId))
        .returning({ userId: calendarTokens.userId });
      return deleted.length > 0;
    },

    /** The user a feed token stands for. */
    async userByTokenHash(tokenHash: string): Promise<string | undefined> {
      const [row] = await db
        .select({ userId: calendarTokens.userId })
        .from(calendarTokens)
        .where(eq(calendarTokens.tokenHash, tokenHash));
      return row?.userId;
    },
  };
}
export type CalendarRepo = ReturnType<typeof createCalendarRepo>;
