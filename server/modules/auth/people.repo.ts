import { eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import type { Actor } from "./actor.ts";
import { users } from "./auth.table.ts";

type Executor = Db | Tx;

/**
 * People as other modules may know them: names to show, and the address and language to
 * write to. The only reads of the users table outside the auth module go through here.
 */
export function createPeopleRepo(db: Db) {
  return {
    async namesOf(
      ids: readonly (string | null)[],
      tx: Executor = db,
    ): Promise<Map<string, string>> {
      const unique = [...new Set(ids.filter((id): id is string => !!id))];
      if (!unique.length) return new Map();
      const rows = await tx
        .select({ id: users.id, name: users.name })
        .from(users)
        // One array parameter: a page may name hundreds of people.
        .where(sql`${users.id} = any(${sql.param(unique)}::text[])`);
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async contacts(ids: readonly string[], tx: Executor = db) {
      const unique = [...new Set(ids)];
      if (!unique.length) return [];
      return tx
        .select({ userId: users.id, name: users.name, email: users.email, locale: users.locale })
        .from(users)
        .where(inArray(users.id, unique));
    },

    /** The language a person chose, by their address: emails to them are written in it. */
    async localeOf(email: string, tx: Executor = db): Promise<string | null> {
      const [row] = await tx
        .select({ locale: users.locale })
        .from(users)
        .where(eq(users.email, email.toLowerCase()));
      return row?.locale ?? null;
    },

    /** The person as an actor, for credentials other than a session (calendar tokens). */
    async actor(userId: string, tx: Executor = db): Promise<Actor | undefined> {
      const [row] = await tx
        .select({
          userId: users.id,
          name: users.name,
          email: users.email,
          isPlatformAdmin: users.isPlatformAdmin,
        })
        .from(users)
        .where(eq(users.id, userId));
      return row;
    },
  };
}
export type PeopleRepo = ReturnType<typeof createPeopleRepo>;
