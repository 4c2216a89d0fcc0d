import type { z } from "zod";
import type { MembershipStatus } from "../../../shared/coalitions.ts";
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
import type { Actor } from "../auth/actor.ts";
import { notificationLine, renderDigest } from "./notification-text.ts";
import type { NotificationEvent, NotificationsRepo } from "./notifications.repo.ts";

type Executor = Db | Tx;

/** Who hears of an event. */
export type Audience =
  | { userIds: string[] }
  /** Representatives of the coalition's member organisations in these statuses. */
  | {
      coalitionId: string;
      statuses: MembershipStatus[];
      organizationIds?: string[];
      roles?: ("convener" | "co_lead" | "member" | "observer")[];
    }
  /** Owners and admins of one organisation. */
  | { managersOf: string };

/** Members who take part: everyone active, observers included, hears of decisions. */
export const activeMembers: MembershipStatus[] = ["active"];

/** Reminders that cannot wait for the daily digest: the deadline may come first. */
const urgentKinds: NotificationKind[] = ["proposal_closing"];
/** How long before the deadline the organisations that have not answered are reminded. */
const remindWithinMs = 24 * 3_600_000;
/** An unread notification waits this long before a digest mails it: read at once, never mailed. */
const digestSettleMs = 3_600_000;

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
}) {
  const { database, repo, mailer, clock, publicUrl } = deps;

  async function recipients(tx: Executor, audience: Audience): Promise<string[]> {
    if ("userIds" in audience) return audience.userIds;
    if ("managersOf" in audience) return repo.managerUserIds(tx, audience.managersOf);
    return repo.representativeUserIds(tx, audience.coalitionId, audience);
  }

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
      const rows = await repo.list(actor.userId, {
        ...(query.cursor ? { cursor: query.cursor } : {}),
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
        nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
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

    /** Reminds the representatives of organisations that have not answered a proposal closing soon. */
    async remindClosing(): Promise<number> {
      const now = clock.now();
      const due = await repo.unansweredBefore(now, new Date(now.getTime() + remindWithinMs));
      const byProposal = new Map<string, typeof due>();
      for (const row of due)
        byProposal.set(row.proposalId, [...(byProposal.get(row.proposalId) ?? []), row]);
      for (const [proposalId, rows] of byProposal) {
        const first = rows[0] as (typeof rows)[number];
        await notify(
          database.db,
          { userIds: rows.map((r) => r.userId) },
          {
            kind: "proposal_closing",
            coalitionId: first.coalitionId,
            data: {
              coalition: first.coalitionName,
              title: first.title,
              at: first.closesAt.toISOString(),
            },
            link: `/proposals/${proposalId}`,
            key: `closing:${proposalId}`,
          },
        );
      }
      return due.length;
    },

    /** Tells the representatives of each organisation a comment mentions (not the author). */
    async mentioned(
      tx: Tx,
      event: {
        coalitionId: string;
        threadId: string;
        commentId: string;
        organizationIds: string[];
        byOrganizationId: string;
        byUserId: string;
      },
    ) {
      const context = await repo.mentionContext(tx, event.threadId, [
        ...event.organizationIds,
        event.byOrganizationId,
      ]);
      const coalition = await repo.coalitionName(tx, event.coalitionId);
      for (const organizationId of event.organizationIds) {
        await notify(
          tx,
          {
            coalitionId: event.coalitionId,
            statuses: ["active", "suspended"],
            organizationIds: [organizationId],
          },
          {
            kind: "mentioned",
            coalitionId: event.coalitionId,
            data: {
              coalition,
              thread: context.title,
              organization: context.names.get(organizationId) ?? "",
              author: context.names.get(event.byOrganizationId) ?? "",
            },
            link: context.link,
            key: `mentioned:${event.commentId}:${organizationId}`,
          },
          event.byUserId,
        );
      }
    },

    /** Tells the owner organisation's representatives about each action item past its due date. */
    async remindOverdue(
      items: {
        id: string;
        coalitionId: string;
        title: string;
        dueDate: string;
        owner: { organizationId: string };
      }[],
    ): Promise<number> {
      const names = new Map<string, string>();
      for (const item of items) {
        if (!names.has(item.coalitionId)) {
          names.set(item.coalitionId, await repo.coalitionName(database.db, item.coalitionId));
        }
        await notify(
          database.db,
          {
            coalitionId: item.coalitionId,
            statuses: ["active", "suspended"],
            organizationIds: [item.owner.organizationId],
          },
          {
            kind: "action_item_overdue",
            coalitionId: item.coalitionId,
            data: {
              coalition: names.get(item.coalitionId) ?? "",
              title: item.title,
              date: item.dueDate,
            },
            link: `/coalitions/${item.coalitionId}`,
            // A new due date is a new deadline, and may be missed again.
            key: `overdue:${item.id}:${item.dueDate}`,
          },
        );
      }
      return items.length;
    },

    /** Emails urgent reminders at once, to people who have not turned email off. */
    async sendUrgent(): Promise<number> {
      let sent = 0;
      for (const person of await repo.urgentDue(urgentKinds)) {
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
      for (const person of await repo.digestDue(now, new Date(now.getTime() - digestSettleMs))) {
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
