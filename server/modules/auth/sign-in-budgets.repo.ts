import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { signInBudgets } from "./auth.table.ts";

/** Password checks allowed per address in each window, from any number of clients and processes. */
export const signInChecksPerWindow = 10;
export const signInWindowMs = 15 * 60 * 1000;

/** The per-address budget of password checks, kept in the database so all processes share it. */
export function createSignInBudgetsRepo(db: Db) {
  return {
    /**
     * Takes one check from the address's budget, in one statement: a window starts at the first
     * check after the previous one ended. Answers whether the check may go ahead, and when the
     * window ends.
     */
    async take(email: string, at: Date): Promise<{ allowed: boolean; windowEndsAt: Date }> {
      const expired = sql`${signInBudgets.windowStartedAt} <= ${new Date(at.getTime() - signInWindowMs)}`;
      const [row] = await db
        .insert(signInBudgets)
        .values({ email, windowStartedAt: at, checks: 1 })
        .onConflictDoUpdate({
          target: signInBudgets.email,
          set: {
            windowStartedAt: sql`case when ${expired} then ${at} else ${signInBudgets.windowStartedAt} end`,
            checks: sql`case when ${expired} then 1 else ${signInBudgets.checks} + 1 end`,
          },
        })
        .returning({
          checks: signInBudgets.checks,
          windowStartedAt: signInBudgets.windowStartedAt,
        });
      if (!row) throw new Error("the sign-in budget upsert returned no row");
      return {
        allowed: row.checks <= signInChecksPerWindow,
        windowEndsAt: new Date(row.windowStartedAt.getTime() + signInWindowMs),
      };
    },

    /** A password reset by the mailed link proves the mailbox: the owner may sign in at once. */
    async clear(email: string) {
      await db.delete(signInBudgets).where(eq(signInBudgets.email, email));
    },
  };
}
export type SignInBudgetsRepo = ReturnType<typeof createSignInBudgetsRepo>;
