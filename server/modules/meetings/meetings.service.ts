import type { z } from "zod";
import {
  type AttendanceStatus,
  type Meeting,
  type MeetingInput,
  type MeetingList,
  type MeetingListQuery,
  type MeetingPatch,
  type MeetingSummary,
  type MinutesInput,
  localIsoTime,
  maxMeetingHours,
} from "../../../shared/meetings.ts";
import {
  convenerSideFor,
  insideStatuses,
  meetingPermissions,
  speaksFor,
} from "../../../shared/policy/index.ts";
import type { Database } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { InCoalition } from "../coalitions/standing.ts";
import type { ProposalDirectory } from "../proposals/proposals.module.ts";
import { summarizeActionItem, todayUtc } from "./action-items.presenter.ts";
import type { ActionItemsRepo } from "./action-items.repo.ts";
import type { MeetingRow, MeetingsRepo } from "./meetings.repo.ts";

const cursor = cursorFor(Keysets.instant);
const noSuchMeeting = "No such meeting.";

/** The fields a calendar shows: a change to any of them raises the event's SEQUENCE. */
const calendarFields = [
  "title",
  "startsAt",
  "endsAt",
  "timeZone",
  "location",
  "onlineUrl",
  "agenda",
  "status",
] as const;

export function summarizeMeeting(row: MeetingRow): MeetingSummary {
  return {
    id: row.id,
    coalitionId: row.coalitionId,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone: row.timeZone,
    startsAtLocal: localIsoTime(row.startsAt, row.timeZone),
    endsAtLocal: localIsoTime(row.endsAt, row.timeZone),
    location: row.location,
    onlineUrl: row.onlineUrl,
    status: row.status,
  };
}

/** The meeting's page in the web app, as calendars link to it. */
export const meetingPageUrl = (publicUrl: string, id: string) => `${publicUrl}/meetings/${id}`;

/**
 * Meetings of a coalition: the convening side (representatives of the convener and co-leads)
 * plans, changes, cancels and writes minutes; every organisation inside reads; each member
 * organisation records its own attendance, or the convening side does it for them.
 */
export function createMeetingsService(deps: {
  database: Database;
  repo: MeetingsRepo;
  actionItemsRepo: ActionItemsRepo;
  coalitions: Pick<CoalitionDirectory, "authorize" | "members" | "member">;
  proposals: Pick<ProposalDirectory, "coalitionsOf">;
  names: Names;
  clock: Clock;
  publicUrl: string;
  events: Emit;
}) {
  const { database, repo, actionItemsRepo, coalitions, proposals, names, clock, publicUrl } = deps;
  const { events } = deps;

  async function load(actor: Actor | null, id: string) {
    const row = await repo.findById(id);
    if (!row) throw new NotFound(noSuchMeeting);
    const inside = await coalitions.authorize(
      actor,
      row.coalitionId,
      { unknown: noSuchMeeting },
      "meeting.read",
    );
    return { row, inside };
  }

  async function present(id: string, { standing }: InCoalition): Promise<Meeting> {
    const row = await repo.findById(id);
    if (!row) throw new NotFound(noSuchMeeting);
    const [records, members, items] = await Promise.all([
      repo.attendance(id),
      coalitions.members(row.coalitionId, { statuses: insideStatuses }),
      actionItemsRepo.forMeeting(id),
    ]);
    const insideIds = members.map((m) => m.organizationId);
    const [orgNames, people] = await Promise.all([
      names.organizations([
        ...insideIds,
        ...records.map((r) => r.organizationId),
        ...items.map((i) => i.ownerOrganizationId),
        ...(row.organizedBy ? [row.organizedBy] : []),
      ]),
      names.people([row.minutesRecordedBy, ...records.map((r) => r.recordedBy)]),
    ]);
    const byOrg = new Map(records.map((r) => [r.organizationId, r]));
    // Organisations that have since left keep the attendance they had.
    const gone = records.map((r) => r.organizationId).filter((orgId) => !insideIds.includes(orgId));
    const attendance = [...insideIds, ...gone].map((organizationId) => {
      const r = byOrg.get(organizationId);
      return {
        organizationId,
        name: orgNames.get(organizationId) ?? "",
        status: r?.status ?? null,
        recordedBy: r?.recordedBy
          ? { userId: r.recordedBy, name: people.get(r.recordedBy) ?? "" }
          : null,
        recordedFor: r?.recordedFor ?? null,
        recordedAt: r?.recordedAt.toISOString() ?? null,
      };
    });
    const today = todayUtc(clock);
    return {
      ...summarizeMeeting(row),
      agenda: row.agenda ?? null,
      sequence: row.sequence,
      organizedBy: row.organizedBy
        ? { organizationId: row.organizedBy, name: orgNames.get(row.organizedBy) ?? "" }
        : null,
      minutes: row.minutes ?? null,
      decisions: row.decisions,
      minutesRecordedAt: row.minutesRecordedAt?.toISOString() ?? null,
      minutesRecordedBy: row.minutesRecordedBy
        ? { userId: row.minutesRecordedBy, name: people.get(row.minutesRecordedBy) ?? "" }
        : null,
      attendance,
      actionItems: items.map((item) =>
        summarizeActionItem(item, { today, names: orgNames, standing }),
      ),
      permissions: meetingPermissions(standing, insideIds),
      url: meetingPageUrl(publicUrl, row.id),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** The meeting as it would be after the patch, checked as a whole. */
  function applyPatch(row: MeetingRow, patch: z.output<typeof MeetingPatch>) {
    const next = {
      title: patch.title ?? row.title,
      startsAt: patch.startsAt ? new Date(patch.startsAt) : row.startsAt,
      endsAt: patch.endsAt ? new Date(patch.endsAt) : row.endsAt,
      timeZone: patch.timeZone ?? row.timeZone,
      location: patch.location === undefined ? row.location : patch.location,
      onlineUrl: patch.onlineUrl === undefined ? row.onlineUrl : patch.onlineUrl,
      agenda: patch.agenda === undefined ? row.agenda : patch.agenda,
      status: patch.status ?? row.status,
    };
    const length = next.endsAt.getTime() - next.startsAt.getTime();
    if (length <= 0) {
      throw new Invalid("A meeting ends after it starts.", [
        { field: "body.endsAt", message: "must be after startsAt" },
      ]);
    }
    if (length > maxMeetingHours * 3_600_000) {
      throw new Invalid("A meeting lasts at most 14 days.", [
        { field: "body.endsAt", message: "is more than 14 days after startsAt" },
      ]);
    }
    if (!next.location && !next.onlineUrl) {
      throw new Invalid("A meeting needs a location, an online link or both.", [
        { field: "body.location", message: "give a location, an online link or both" },
      ]);
    }
    const same = (a: unknown, b: unknown) =>
      a instanceof Date && b instanceof Date
        ? a.getTime() === b.getTime()
        : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
    const changed = calendarFields.some((field) => !same(row[field], next[field]));
    return { next, changed };
  }

  /** The convening organisation the actor plans for: a convener before a co-lead. */
  const organizerOf = ({ standing }: InCoalition) => convenerSideFor(standing)[0] ?? null;

  return {
    async create(actor: Actor, coalitionId: string, input: z.output<typeof MeetingInput>) {
      const inside = await coalitions.authorize(
        actor,
        coalitionId,
        { unknown: "No such coalition." },
        "meeting.plan",
      );
      const id = newId();
      const now = clock.now();
      await database.db.transaction(async (tx) => {
        await repo.insert(tx, {
          id,
          coalitionId,
          title: input.title,
          startsAt: new Date(input.startsAt),
          endsAt: new Date(input.endsAt),
          timeZone: input.timeZone,
          location: input.location ?? null,
          onlineUrl: input.onlineUrl ?? null,
          agenda: input.agenda ?? null,
          status: "scheduled",
          sequence: 0,
          decisions: [],
          organizedBy: organizerOf(inside),
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await events.emit(tx, "meeting.planned", {
          coalitionId,
          coalitionName: inside.coalition.name,
          meetingId: id,
          title: input.title,
          startsAt: new Date(input.startsAt),
          timeZone: input.timeZone,
          byUserId: actor.userId,
        });
      });
      return present(id, inside);
    },

    async list(
      actor: Actor | null,
      coalitionId: string,
      query: MeetingListQuery,
    ): Promise<z.infer<typeof MeetingList>> {
      const after = cursor.decode(query.cursor);
      await coalitions.authorize(
        actor,
        coalitionId,
        { unknown: "No such coalition." },
        "coalition.readInside",
      );
      const rows = await repo.list(coalitionId, {
        when: query.when,
        now: clock.now(),
        after,
        limit: query.limit + 1,
      });
      const { items, nextCursor } = cursor.page(rows, query.limit, (r) => ({
        k: r.startsAt.toISOString(),
        id: r.id,
      }));
      return { items: items.map(summarizeMeeting), nextCursor };
    },

    async get(actor: Actor | null, id: string): Promise<Meeting> {
      const { inside } = await load(actor, id);
      return present(id, inside);
    },

    /** Changes, cancels (status "cancelled") or reinstates a meeting. */
    async update(actor: Actor, id: string, patch: z.output<typeof MeetingPatch>): Promise<Meeting> {
      const { inside } = await load(actor, id);
      await database.db.transaction(async (tx) => {
        const row = await repo.lock(tx, id);
        if (!row) throw new NotFound(noSuchMeeting);
        await coalitions.authorize(
          actor,
          row.coalitionId,
          { unknown: noSuchMeeting, tx },
          "meeting.manage",
        );
        const { next, changed } = applyPatch(row, patch);
        if (!changed) return;
        await repo.update(tx, id, {
          ...next,
          sequence: row.sequence + 1,
          updatedAt: clock.now(),
        });
      });
      return present(id, inside);
    },

    async recordAttendance(
      actor: Actor,
      id: string,
      organizationId: string,
      status: AttendanceStatus,
    ): Promise<Meeting> {
      const { inside } = await load(actor, id);
      await database.db.transaction(async (tx) => {
        const row = await repo.lock(tx, id);
        if (!row) throw new NotFound(noSuchMeeting);
        const now = await coalitions.authorize(
          actor,
          row.coalitionId,
          { unknown: noSuchMeeting, tx },
          "meeting.attendance",
          { organizationId },
        );
        const member = await coalitions.member(row.coalitionId, organizationId, tx);
        if (!member || !insideStatuses.includes(member.status)) {
          throw new NotFound("That organisation is not a member of this coalition.");
        }
        if (row.status === "cancelled") throw new Conflict("This meeting was cancelled.");
        if (status !== "apologies" && row.startsAt > clock.now()) {
          throw new Conflict(
            "Presence and absence are recorded once the meeting starts; apologies may be sent before.",
          );
        }
        // An organisation's own representative records for it; otherwise the convening side.
        const self = speaksFor(now.standing).includes(organizationId);
        await repo.recordAttendance(tx, {
          meetingId: id,
          organizationId,
          status,
          recordedBy: actor.userId,
          recordedFor: self ? organizationId : organizerOf(now),
          recordedAt: clock.now(),
        });
      });
      return present(id, inside);
    },

    /** Writes the minutes and the decisions taken, replacing what was there. */
    async recordMinutes(actor: Actor, id: string, input: z.output<typeof MinutesInput>) {
      const { inside } = await load(actor, id);
      await database.db.transaction(async (tx) => {
        const row = await repo.lock(tx, id);
        if (!row) throw new NotFound(noSuchMeeting);
        await coalitions.authorize(
          actor,
          row.coalitionId,
          { unknown: noSuchMeeting, tx },
          "meeting.manage",
        );
        if (row.status === "cancelled") throw new Conflict("A cancelled meeting has no minutes.");
        if (row.startsAt > clock.now()) {
          throw new Conflict("Minutes are written once the meeting has started.");
        }
        const ids = input.decisions.flatMap((d) => (d.proposalId ? [d.proposalId] : []));
        const owners = await proposals.coalitionsOf(ids, tx);
        const strangers = input.decisions.flatMap((d, i) =>
          d.proposalId && owners.get(d.proposalId) !== row.coalitionId
            ? [
                {
                  field: `body.decisions.${i}.proposalId`,
                  message: "is not a proposal of this coalition",
                },
              ]
            : [],
        );
        if (strangers.length) {
          throw new Invalid("A decision names a proposal that is not this coalition's.", strangers);
        }
        await repo.update(tx, id, {
          minutes: input.minutes,
          decisions: input.decisions.map((d) => ({
            text: d.text,
            proposalId: d.proposalId ?? null,
          })),
          minutesRecordedAt: clock.now(),
          minutesRecordedBy: actor.userId,
          updatedAt: clock.now(),
        });
      });
      return present(id, inside);
    },
  };
}
export type MeetingsService = ReturnType<typeof createMeetingsService>;
