import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { newId } from "../../lib/ids.ts";
import { authJobs } from "./auth.table.ts";

/** A claimed job is retried this long after its worker stopped answering. */
const claimMs = 5 * 60 * 1000;
/** After this many tries a job stays, with its last error, for someone to look at. */
export const maxAuthJobAttempts = 5;

/** The durable queue of account work done after the answer; safe to work from several processes. */
export function createAuthJobsRepo(db: Db) {
  return {
    async enqueue(kind: string, payload: Record<string, unknown>) {
      await db.insert(authJobs).values({ id: newId(), kind, payload });
    },

    /** Claims up to `limit` due jobs at once, so no two workers run the same one. */
    async claim(now: Date, limit = 20) {
      const due = db
        .select({ id: authJobs.id })
        .from(authJobs)
        .where(
          and(lte(authJobs.lockedUntil, now), sql`${authJobs.attempts} < ${maxAuthJobAttempts}`),
        )
        .orderBy(asc(authJobs.createdAt))
        .limit(limit)
        .for("update", { skipLocked: true });
      return db
        .update(authJobs)
        .set({
          attempts: sql`${authJobs.attempts} + 1`,
          lockedUntil: new Date(now.getTime() + claimMs),
        })
        .where(inArray(authJobs.id, due))
        .returning();
    },

    async done(id: string) {
      await db.delete(authJobs).where(eq(authJobs.id, id));
    },

    async failed(id: string, error: string) {
      await db
        .update(authJobs)
        .set({ lastError: error.slice(0, 2000) })
        .where(eq(authJobs.id, id));
    },
  };
}
export type AuthJobsRepo = ReturnType<typeof createAuthJobsRepo>;
