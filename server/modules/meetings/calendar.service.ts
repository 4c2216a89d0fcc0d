import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import type { LocalizedText } from "../../../shared/locales.ts";
import type { CalendarToken } from "../../../shared/meetings.ts";
import type { Clock } from "../../lib/clock.ts";
import { Unauthorized } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { People } from "../auth/auth.module.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { ActionItemsRepo } from "./action-items.repo.ts";
import type { CalendarRepo } from "./calendar.repo.ts";
import type { MeetingsRepo } from "./meetings.repo.ts";
import { meetingPageUrl } from "./meetings.service.ts";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const day = 86_400_000;
/** How far back the feed goes: calendar apps keep what they already have. */
const feedHistoryDays = 366;
const feedLimit = 2000;

/** An activity of one of the coalition's campaigns, as its calendar feed shows it. */
export type CalendarActivity = {
  id: string;
  campaignId: string;
  campaignTitle: LocalizedText;
  title: LocalizedText;
  startsOn: string;
  dueOn: string;
  status: string;
  leadOrganizationId: string;
  /** Raised with each change, so calendar apps replace what they hold. */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
};
/**
 * The activities of a coalition's campaigns still due on or after a day: a port the campaigns
 * module fills (server/app.ts), so meetings need not know campaigns.
 */
export type CoalitionActivities = (
  coalitionId: string,
  since: string,
  limit: number,
) => Promise<CalendarActivity[]>;

const original = (text: LocalizedText) => text.texts[text.original] ?? "";

/**
 * The iCalendar (RFC 5545) feed of a coalition's meetings, open action items' due dates and
 * its campaigns' activities.
 * Calendar apps cannot send the session cookie, so each user may hold one personal token
 * that opens only feeds, only as that user.
 */
export function createCalendarService(deps: {
  repo: CalendarRepo;
  meetingsRepo: MeetingsRepo;
  actionItemsRepo: ActionItemsRepo;
  coalitions: Pick<CoalitionDirectory, "authorize">;
  people: Pick<People, "actor">;
  names: Names;
  clock: Clock;
  publicUrl: string;
  campaignActivities?: CoalitionActivities;
}) {
  const { repo, meetingsRepo, actionItemsRepo, coalitions, people, names, clock, publicUrl } = deps;
  const campaignActivities = deps.campaignActivities ?? (async () => []);
  const uidDomain = new URL(publicUrl).hostname;

  /** The user a token stands for, with nothing but the right to read feeds. */
  async function viewerFor(token: string): Promise<Actor> {
    const userId = await repo.userByTokenHash(hashToken(token));
    const user = userId ? await people.actor(userId) : undefined;
    if (!user) throw new Unauthorized("This calendar link is not valid: it may have been revoked.");
    return { ...user, isPlatformAdmin: false };
  }

  return {
    /** A new token, shown once; it replaces the user's previous one. */
    async issueToken(actor: Actor): Promise<z.infer<typeof CalendarToken>> {
      const token = randomBytes(32).toString("base64url");
      const createdAt = clock.now();
      await repo.saveToken(actor.userId, hashToken(token), createdAt);
      return { token, createdAt: createdAt.toISOString() };
    },

    /** Revoking twice is not an error: either way no link works afterwards. */
    async revokeToken(actor: Actor): Promise<void> {
      await repo.deleteToken(actor.userId);
    },

    /** The feed as text/calendar; a token, when given, decides who is asking. */
    async feed(actor: Actor | null, coalitionId: string, token?: string): Promise<string> {
      const viewer = token === undefined ? actor : await viewerFor(token);
      const { coalition } = await coalitions.authorize(
        viewer,
        coalitionId,
        { unknown: "No such coalition." },
        "coalition.readInside",
      );
      const since = new Date(clock.now().getTime() - feedHistoryDays * day);
      const [meetings, items, activities] = await Promise.all([
        meetingsRepo.forFeed(coalitionId, since, feedLimit),
        actionItemsRepo.pendingForCoalition(coalitionId, feedLimit),
        campaignActivities(coalitionId, since.toISOString().slice(0, 10), feedLimit),
      ]);
      const owners = await names.organizations([
        ...items.map((i) => i.ownerOrganizationId),
        ...activities.map((a) => a.leadOrganizationId),
      ]);
      const calendar = ical({
        name: coalition.name,
        prodId: { company: "Common Ground", product: "Coalitions", language: "EN" },
        method: ICalCalendarMethod.PUBLISH,
        ttl: 3600,
      });
      for (const m of meetings) {
        // Times go out in UTC: every calendar app shows them in its reader's own zone.
        calendar.createEvent({
          id: `meeting-${m.id}@${uidDomain}`,
          sequence: m.sequence,
          stamp: m.updatedAt,
          created: m.createdAt,
          lastModified: m.updatedAt,
          start: m.startsAt,
          end: m.endsAt,
          summary: m.title,
          description:
            [m.agenda?.texts[m.agenda.original], m.onlineUrl].filter(Boolean).join("\n\n") || null,
          location: m.location ?? m.onlineUrl,
          url: meetingPageUrl(publicUrl, m.id),
          status: m.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        });
      }
      for (const item of items) {
        const due = new Date(`${item.dueDate}T00:00:00Z`);
        calendar.createEvent({
          id: `action-item-${item.id}@${uidDomain}`,
          sequence: item.sequence,
          stamp: item.updatedAt,
          created: item.createdAt,
          lastModified: item.updatedAt,
          allDay: true,
          start: due,
          end: new Date(due.getTime() + day),
          summary: `${item.title} — ${owners.get(item.ownerOrganizationId) ?? ""}`,
          transparency: ICalEventTransparency.TRANSPARENT,
          ...(item.meetingId ? { url: meetingPageUrl(publicUrl, item.meetingId) } : {}),
        });
      }
      for (const a of activities) {
        // All day from the start to the due date: DTEND is the day after, as RFC 5545 counts.
        const start = new Date(`${a.startsOn}T00:00:00Z`);
        const due = new Date(`${a.dueOn}T00:00:00Z`);
        calendar.createEvent({
          id: `campaign-activity-${a.id}@${uidDomain}`,
          sequence: a.sequence,
          stamp: a.updatedAt,
          created: a.createdAt,
          lastModified: a.updatedAt,
          allDay: true,
          start,
          end: new Date(due.getTime() + day),
          summary: `${original(a.title)} — ${owners.get(a.leadOrganizationId) ?? ""}`,
          description: original(a.campaignTitle),
          url: `${publicUrl}/campaigns/${a.campaignId}/workplan`,
          transparency: ICalEventTransparency.TRANSPARENT,
          status: a.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        });
      }
      return calendar.toString();
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
