import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { users } from "../auth/auth.table.ts";

/** The signed-in person's own account record (Better Auth's `users` row) and its preferences. */
export function createAccountRepo(db: Db) {
  return {
    async findUser(userId: string) {
      const [row] = await db.select().from(users).where(eq(users.id, userId));
      return row ?? null;
    },

    async setLocale(userId: string, locale: string) {
      await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId));
    },

    /** The interface language of the account with this email, if any, for mail sent to it. */
    async localeOf(email: string): Promise<string | null> {
      const [row] = await db
        .select({ locale: users.locale })
        .from(users)
        .where(eq(users.email, email));
      return row?.locale ?? null;
    },
  };
}
export type AccountRepo = ReturnType<typeof createAccountRepo>;
