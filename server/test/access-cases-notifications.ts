import { sql } from "drizzle-orm";
import { newId } from "../lib/ids.ts";
import type { Case, PrepareContext } from "./access-policy.ts";
import { signedIn } from "./access-policy.ts";

/** An unread notification for every person, so marking them read changes something. */
async function everyoneHasOneUnread({ t }: PrepareContext) {
  const ids = (await t.services.db.execute(sql`select id from users`)) as unknown as {
    rows: { id: string }[];
  };
  for (const { id } of ids.rows) {
    await t.services.db.execute(
      sql`insert into notifications (id, user_id, kind, data, link, dedupe_key, created_at)
          values (${newId()}, ${id}, 'proposal_opened', '{}'::jsonb, '/', ${newId()}, now())`,
    );
  }
  return {};
}

/** Notifications belong to the signed-in person: everyone signed in has their own. */
export const notificationCases: Case[] = [
  {
    route: "GET /api/v1/me/notifications",
    request: () => ({ method: "GET", url: "/api/v1/me/notifications" }),
    expected: signedIn(200),
  },
  {
    route: "POST /api/v1/me/notifications/read",
    prepare: everyoneHasOneUnread,
    request: () => ({
      method: "POST",
      url: "/api/v1/me/notifications/read",
      payload: { all: true },
    }),
    expected: signedIn(200),
  },
  {
    route: "GET /api/v1/me/notification-settings",
    request: () => ({ method: "GET", url: "/api/v1/me/notification-settings" }),
    expected: signedIn(200),
  },
  {
    route: "PATCH /api/v1/me/notification-settings",
    prepare: async ({ t }) => {
      await t.services.db.execute(sql`delete from notification_settings`);
      return {};
    },
    request: () => ({
      method: "PATCH",
      url: "/api/v1/me/notification-settings",
      payload: { emailDigest: false },
    }),
    expected: signedIn(200),
  },
];
