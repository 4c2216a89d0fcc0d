import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { signInFailures } from "./auth.table.ts";

/** Failed sign-ins in a row per address, kept in the database so they hold across processes. */
export function createSignInFailuresRepo(db: Db) {
  return {
    async find(email: string) {
      const [row] = await db.select().from(signInFailures).where(eq(signInFailures.email, email));
      return row ?? null;
    },

    async clear(email: string) {
      await db.delete(signInFailures).where(eq(signInFailures.email, email));
    },

    /**
     * Counts one more failure at `at`, in one statement so concurrent attempts all count,
     * starting again from one when the previous failure came before `forgetBefore`.
     */
    async recordFailure(email: string, at: Date, forgetBefore: Date) {
      await db
        .insert(signInFailures)
        .values({ email, failures: 1, lastFailureAt: at })
        .onConflictDoUpdate({
          target: signInFailures.email,
          set: {
            failures: sql`case when ${signInFailures.lastFailureAt} < ${forgetBefore} then 1 else ${signInFailures.failures} + 1 end`,
            lastFailureAt: at,
          },
        });
    },
  };
}
export type SignInFailuresRepo = ReturnType<typeof createSignInFailuresRepo>;
