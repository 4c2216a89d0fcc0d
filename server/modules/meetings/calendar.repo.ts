import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { users } from "../auth/auth.table.ts";
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

    async userByTokenHash(tokenHash: string): Promise<Actor | undefined> {
      const [row] = await db
        .select({
          userId: users.id,
          name: users.name,
          email: users.email,
          isPlatformAdmin: users.isPlatformAdmin,
        })
        .from(calendarTokens)
        .innerJoin(users, eq(users.id, calendarTokens.userId))
        .where(eq(calendarTokens.tokenHash, tokenHash));
      return row;
    },
  };
}
export type CalendarRepo = ReturnType<typeof createCalendarRepo>;
