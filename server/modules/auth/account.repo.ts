import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { users } from "./auth.table.ts";

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
  };
}
export type AccountRepo = ReturnType<typeof createAccountRepo>;
