import type { z } from "zod";
import type { CoalitionRole, MembershipStatus } from "../../../shared/coalitions.ts";
import type {
  MarkRead,
  NotificationKind,
  NotificationPage,
  NotificationSettingsPatch,
} from "../../../shared/notifications.ts";
import type { Database, Db, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { newId } from "../../lib/ids.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import type { Actor } from "../auth/actor.ts";
import type { People } from "../auth/auth.module.ts";
import { notificationLine, renderDigest } from "./notification-text.ts";
import type { NotificationEvent, NotificationsRepo } from "./notifications.repo.ts";

type Executor = Db | Tx;

/** Representatives of a coalition's member organisations in these statuses (and roles). */
export type Representatives = {
  coalitionId: string;
  statuses: readonly MembershipStatus[];
  organizationIds?: readonly string[];
  roles?: readonly CoalitionRole[];
};

/** Who hears of an event. */
export type Audience =
  | { userIds: string[] }
  | Representatives
  /** Owners and admins of one organisation. */
  | { managersOf: string };

/** How an audience becomes people: each answered by the module that knows, in one query. */
export type AudienceLookup = {
  representatives(tx: Executor, filter: Representatives): Promise<string[]>;
  managers(tx: Executor, organizationId: string): Promise<string[]>;
};

/** Reminders that cannot wait for the daily digest: the deadline may come first. */
const urgentKinds: NotificationKind[] = ["proposal_closing"];
/** An unread notification waits this long before a digest mails it: read at once, never mailed. */
const digestSettleMs = 3_600_000;
const cursor = cursorFor(Keysets.id);

/**
 * In-app notifications and the email that carries them. Events are recorded in the same
 * transaction as what they report, so a notification exists exactly when its event happened.
 */
export function createNotificationsService(deps: {
  database: Database;
  repo: NotificationsRepo;
  mailer: Mailer;
  clock: Clock;
  publicUrl: string;
  audiences: AudienceLookup;
  people: Pick<People, "contacts">;
}) {
  const { database, repo, mailer, clock, publicUrl, audiences, people } = deps;

  async function recipients(tx: Executor, audience: Audience): Promise<string[]> {
    if ("userIds" in audience) return audience.userIds;
    if ("managersOf" in audience) return audiences.managers(tx, audience.managersOf);
    return audiences.representatives(tx, audience);
  }

  /** The people to write to, with their address and language. */
  const contactsOf = async (rows: { userId: string }[]) =>
    people.contacts(rows.map((r) => r.userId));

  /** Records one event for everyone in the audience except the person who caused it. */
  async function notify(
    tx: Executor,
    audience: Audience,
    event: NotificationEvent,
    exceptUserId?: string,
  ) {
    const userIds = [...new Set(await recipients(tx, audience))].filter((u) => u !== exceptUserId);
    const now = clock.now();
    await repo.insertMany(
      tx,
      userIds.map((userId) => ({
        id: newId(),
        userId,
        kind: event.kind,
        coalitionId: event.coalitionId,
        data: event.data,
        link: event.link,
        dedupeKey: event.key,
        createdAt: now,
      })),
    );
  }

  /** Sends, and marks as emailed, one person's pending notifications of the given kinds. */
  async function mailPending(
    tx: Tx,
    person: { userId: string; email: string; locale: string | null },
    kinds?: NotificationKind[],
  ) {
    const pending = await repo.unsent(tx, person.userId, kinds);
    if (!pending.length) return false;
    const mail =
      pending.length === 1 && kinds
        ? single(pending[0] as (typeof pending)[number], person.locale)
        : renderDigest(pending, person.locale, publicUrl);
    await mailer.send({ to: person.email, ...mail });
    await repo.markEmailed(
      tx,
      pending.map((p) => p.id),
      clock.now(),
    );
    return true;
  }

  function single(
    item: { kind: NotificationKind; data: Record<string, string>; link: string },
    locale: string | null,
  ) {
    const line = notificationLine(item.kind, item.data, locale);
    return {
      subject: line,
      text: `${line}\n\n${publicUrl}${item.link}`,
      link: `${publicUrl}${item.link}`,
    };
  }

  return {
    notify,

    async list(
      actor: Actor,
      query: { cursor?: string | undefined; limit: number; unread?: "true" | "false" | undefined },
    ): Promise<NotificationPage> {
      const before = cursor.decode(query.cursor);
      const rows = await repo.list(actor.userId, {
        before: before?.id ?? null,
        limit: query.limit,
        unread: query.unread === "true",
      });
      const page = rows.slice(0, query.limit);
      return {
        items: page.map((r) => ({
          id: r.id,
          kind: r.kind,
          coalitionId: r.coalitionId,
          data: r.data,
          link: r.link,
          createdAt: r.createdAt.toISOString(),
          readAt: r.readAt?.toISOString() ?? null,
        })),
        nextCursor: cursor.page(rows, query.limit, (r) => ({ id: r.id })).nextCursor,
        unreadCount: await repo.unreadCount(actor.userId),
      };
    },

    async markRead(actor: Actor, input: z.output<typeof MarkRead>) {
      await repo.markRead(actor.userId, input.all ? "all" : (input.ids ?? []), clock.now());
      return { unreadCount: await repo.unreadCount(actor.userId) };
    },

    async settings(actor: Actor) {
      const row = await repo.settings(actor.userId);
      return {
        emailDigest: row.emailDigest,
        lastDigestAt: row.lastDigestAt?.toISOString() ?? null,
      };
    },

    async updateSettings(actor: Actor, patch: z.output<typeof NotificationSettingsPatch>) {
      await repo.saveSettings(actor.userId, patch.emailDigest);
      return this.settings(actor);
    },

    /** Emails urgent reminders at once, to people who have not turned email off. */
    async sendUrgent(): Promise<number> {
      let sent = 0;
      for (const person of await contactsOf(await repo.urgentDue(urgentKinds))) {
        await database.db.transaction(async (tx) => {
          if (!(await repo.lockUser(tx, person.userId))) return;
          if (await mailPending(tx, person, urgentKinds)) sent++;
        });
      }
      return sent;
    },

    /** The daily digest: at most one email a day per person, of what they have not read. */
    async sendDigests(): Promise<number> {
      const now = clock.now();
      let sent = 0;
      const due = await repo.digestDue(now, new Date(now.getTime() - digestSettleMs));
      for (const person of await contactsOf(due)) {
        await database.db.transaction(async (tx) => {
          if (!(await repo.claimDigest(tx, person.userId, now))) return;
          if (await mailPending(tx, person)) {
            await repo.recordDigest(tx, person.userId, now);
            sent++;
          }
        });
      }
      return sent;
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
