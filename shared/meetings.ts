import { z } from "zod";
import { localizedText } from "./localized-text.ts";
import { Cursor, Day, Id } from "./problem.ts";
import { ActionItemPermissions, MeetingPermissions } from "./policy/permissions.ts";

/** A cancelled meeting stays on record (and in calendars, marked cancelled). */
export const MeetingStatus = z.enum(["scheduled", "cancelled"]);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** One organisation, one line: whoever came, the organisation was present. */
export const AttendanceStatus = z.enum(["present", "apologies", "absent"]);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const ActionItemStatus = z.enum(["open", "in_progress", "done", "cancelled"]);
export type ActionItemStatus = z.infer<typeof ActionItemStatus>;

/** Statuses of an action item still to be done: only these can be overdue. */
export const pendingActionItemStatuses: readonly ActionItemStatus[] = ["open", "in_progress"];

/** The canonical IANA name of a time zone (`europe/paris` → `Europe/Paris`), or null. */
export function canonicalTimeZone(name: string): string | null {
  // Offsets such as "+01:00" are valid to Intl but are not a place whose rules change.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** An instant as wall-clock time in a zone, with that zone's offset then: 2026-01-15T10:00:00+01:00. */
export function localIsoTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZoneName: "longOffset",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  const offset = part("timeZoneName").replace("GMT", "") || "+00:00";
  const year = part("year").padStart(4, "0");
  return `${year}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}:${part("second")}${offset}`;
}

export const TimeZone = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((name) => canonicalTimeZone(name) !== null, {
    message: "must be an IANA time zone such as Europe/Paris",
  })
  .transform((name) => canonicalTimeZone(name) ?? name);

/** Links people click: only http and https, so no javascript: or file: URL reaches a page. */
export const WebUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(2000)
  .describe("An http or https address");

const Instant = z.iso.datetime({ offset: true });
const MeetingTitle = z.string().trim().min(3).max(200);
const Location = z.string().trim().min(1).max(500);
const Agenda = localizedText(20000);
/** A meeting longer than this is an event series, not a meeting. */
export const maxMeetingHours = 14 * 24;

export const MeetingInput = z
  .object({
    title: MeetingTitle,
    startsAt: Instant,
    endsAt: Instant,
    /** Where the meeting is planned, so every reader sees its local time as well as their own. */
    timeZone: TimeZone,
    location: Location.optional(),
    onlineUrl: WebUrl.optional(),
    agenda: Agenda.optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const start = Date.parse(m.startsAt);
    const end = Date.parse(m.endsAt);
    if (end <= start) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "must be after startsAt" });
    } else if (end - start > maxMeetingHours * 3_600_000) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "is more than 14 days on" });
    }
    if (!m.location && !m.onlineUrl) {
      ctx.addIssue({
        code: "custom",
        path: ["location"],
        message: "give a location, an online link or both",
      });
    }
  });
export type MeetingInput = z.input<typeof MeetingInput>;

/** Changes to a meeting; null clears an optional field. Cancelling is `status: "cancelled"`. */
export const MeetingPatch = z
  .object({
    title: MeetingTitle.optional(),
    startsAt: Instant.optional(),
    endsAt: Instant.optional(),
    timeZone: TimeZone.optional(),
    location: Location.nullable().optional(),
    onlineUrl: WebUrl.nullable().optional(),
    agenda: Agenda.nullable().optional(),
    status: MeetingStatus.optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: "change at least one field",
  });
export type MeetingPatch = z.input<typeof MeetingPatch>;

export const DecisionInput = z
  .object({
    text: localizedText(2000),
    /** The proposal of this coalition that the decision concluded, if any. */
    proposalId: Id.optional(),
  })
  .strict();

export const MinutesInput = z
  .object({
    /** Null clears the minutes. */
    minutes: localizedText(20000).nullable(),
    decisions: z.array(DecisionInput).max(100).default([]),
  })
  .strict();
export type MinutesInput = z.input<typeof MinutesInput>;

export const AttendanceInput = z.object({ status: AttendanceStatus }).strict();
export const AttendanceParams = z.object({ id: Id, organizationId: Id }).strict();

export const MeetingListQuery = z
  .object({
    /** Upcoming: not yet ended, soonest first. Past: ended, latest first. */
    when: z.enum(["upcoming", "past"]).optional(),
    cursor: Cursor.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type MeetingListQuery = z.output<typeof MeetingListQuery>;

const OrgRef = z.object({ organizationId: Id, name: z.string() });
const Person = z.object({ userId: z.string(), name: z.string() });

export const MeetingSummary = z.object({
  id: Id,
  coalitionId: Id,
  title: z.string(),
  startsAt: Instant,
  endsAt: Instant,
  timeZone: z.string(),
  /** The start and end as wall-clock time in the meeting's own time zone, with its offset. */
  startsAtLocal: z.string(),
  endsAtLocal: z.string(),
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  status: MeetingStatus,
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingList = z.object({
  items: z.array(MeetingSummary),
  nextCursor: z.string().nullable(),
});

export const AttendanceEntry = OrgRef.extend({
  /** Null until someone records it. */
  status: AttendanceStatus.nullable(),
  recordedBy: Person.nullable(),
  /** The organisation the recorder acted for: the attendee itself or the convener side. */
  recordedFor: Id.nullable(),
  recordedAt: Instant.nullable(),
});

export const MeetingDecision = z.object({
  text: localizedText(2000),
  proposalId: Id.nullable(),
});

export const ActionItemSummary = z
  .object({
    id: Id,
    coalitionId: Id,
    meetingId: Id.nullable(),
    title: z.string(),
    owner: OrgRef,
    dueDate: Day,
    status: ActionItemStatus,
    /** Due before today (UTC) and neither done nor cancelled. */
    overdue: z.boolean(),
    createdAt: Instant,
    updatedAt: Instant,
    /** What the reader may do with it, as the server decides it. */
    permissions: ActionItemPermissions,
  })
  .meta({ id: "ActionItemSummary" });
export type ActionItemSummary = z.infer<typeof ActionItemSummary>;

export const StatusChange = z.object({
  from: ActionItemStatus.nullable(),
  to: ActionItemStatus,
  changedBy: Person.nullable(),
  changedFor: Id.nullable(),
  changedAt: Instant,
});

export const ActionItem = ActionItemSummary.extend({
  history: z.array(StatusChange),
  createdBy: Person.nullable(),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const Meeting = MeetingSummary.extend({
  agenda: Agenda.nullable(),
  sequence: z.number().int(),
  organizedBy: OrgRef.nullable(),
  minutes: localizedText(20000).nullable(),
  decisions: z.array(MeetingDecision),
  minutesRecordedAt: Instant.nullable(),
  minutesRecordedBy: Person.nullable(),
  /** Every organisation inside the coalition, and any other that has a record. */
  attendance: z.array(AttendanceEntry),
  actionItems: z.array(ActionItemSummary),
  /** What the reader may do with it, as the server decides it. */
  permissions: MeetingPermissions,
  /** The meeting's page in the web app. */
  url: z.string(),
  createdAt: Instant,
  updatedAt: Instant,
}).meta({ id: "Meeting" });
export type Meeting = z.infer<typeof Meeting>;

export const ActionItemInput = z
  .object({
    title: z.string().trim().min(3).max(300),
    /** An active member organisation of the coalition. */
    ownerOrganizationId: Id,
    dueDate: Day,
    /** The meeting of this coalition the item came from, if any. */
    meetingId: Id.optional(),
  })
  .strict();
export type ActionItemInput = z.input<typeof ActionItemInput>;

/** The owner organisation changes only the status; the convener side changes anything. */
export const ActionItemPatch = z
  .object({
    title: z.string().trim().min(3).max(300).optional(),
    ownerOrganizationId: Id.optional(),
    dueDate: Day.optional(),
    status: ActionItemStatus.optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: "change at least one field",
  });
export type ActionItemPatch = z.input<typeof ActionItemPatch>;

const booleanQuery = z.enum(["true", "false"]).transform((v) => v === "true");

export const ActionItemListQuery = z
  .object({
    status: ActionItemStatus.optional(),
    ownerOrganizationId: Id.optional(),
    meetingId: Id.optional(),
    overdue: booleanQuery.optional(),
    cursor: Cursor.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type ActionItemListQuery = z.output<typeof ActionItemListQuery>;

export const ActionItemList = z.object({
  items: z.array(ActionItemSummary),
  nextCursor: z.string().nullable(),
});

export const CalendarQuery = z
  .object({
    /** A personal feed token, for calendar apps that cannot send the session cookie. */
    token: z.string().min(1).max(200).optional(),
  })
  .strict();

export const CalendarToken = z.object({
  /** Shown once: only its hash is kept. Add `?token=` to a coalition's calendar.ics. */
  token: z.string(),
  createdAt: Instant,
});
