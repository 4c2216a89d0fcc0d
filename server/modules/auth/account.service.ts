import type { AccountSessions, Me, PreferencesUpdate } from "../../../shared/account.ts";
import { UiLocale } from "../../../shared/localized-text.ts";
import type { z } from "zod";
import type { Clock } from "../../lib/clock.ts";
import { NotFound } from "../../lib/errors.ts";
import type { Actor } from "./actor.ts";
import type { AccountRepo } from "./account.repo.ts";

/** The signed-in person's own account: what they see of it and the preferences they set. */
export function createAccountService(deps: {
  repo: Pick<AccountRepo, "findUser" | "setLocale" | "listSessions" | "deleteSession">;
  clock: Clock;
}) {
  const { repo } = deps;

  async function me(actor: Actor): Promise<Me> {
    const row = await repo.findUser(actor.userId);
    if (!row) throw new NotFound("No such user.");
    // A stored language the interface no longer offers reads as none chosen.
    const locale = UiLocale.safeParse(row.locale);
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      emailVerified: row.emailVerified,
      locale: locale.success ? locale.data : null,
      twoFactorEnabled: row.twoFactorEnabled === true,
      isPlatformAdmin: row.isPlatformAdmin,
    };
  }

  return {
    me,
    async updatePreferences(actor: Actor, input: z.infer<typeof PreferencesUpdate>): Promise<Me> {
      await repo.setLocale(actor.userId, input.locale);
      return me(actor);
    },

    /** The person's signed-in devices; which one is asking is marked, and no token is shown. */
    async sessions(actor: Actor): Promise<AccountSessions> {
      const rows = await repo.listSessions(actor.userId, deps.clock.now());
      return {
        items: rows.map((row) => ({
          id: row.id,
          createdAt: row.createdAt.toISOString(),
          expiresAt: row.expiresAt.toISOString(),
          ipAddress: row.ipAddress ?? null,
          userAgent: row.userAgent ?? null,
          current: row.id === actor.sessionId,
        })),
      };
    },

    /** Signs one of the person's devices out; another person's session is "no such session". */
    async revokeSession(actor: Actor, sessionId: string): Promise<void> {
      if (!(await repo.deleteSession(actor.userId, sessionId))) {
        throw new NotFound("No such session.");
      }
    },
  };
}
export type AccountService = ReturnType<typeof createAccountService>;
