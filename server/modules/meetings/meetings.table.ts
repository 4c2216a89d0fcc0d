import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../shared/locales.ts";
import type {
  ActionItemStatus,
  AttendanceStatus,
  MeetingStatus,
} from "../../../shared/meetings.ts";
import { users } from "../auth/auth.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { coalitions } from "../coalitions/coalitions.table.ts";

export type StoredDecision = { text: LocalizedText; proposalId: string | null };

export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey(),
    coalitionId: uuid("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** The IANA zone the meeting is planned in; the instants above are what count. */
    timeZone: text("time_zone").notNull(),
    location: text("location"),
    onlineUrl: text("online_url"),
    agenda: jsonb("agenda").$type<LocalizedText>(),
    status: text("status").$type<MeetingStatus>().notNull(),
    /** iCalendar SEQUENCE: raised on every change, so calendar apps replace their copy. */
    sequence: integer("sequence").notNull().default(0),
    minutes: jsonb("minutes").$type<LocalizedText>(),
    decisions: jsonb("decisions").$type<StoredDecision[]>().notNull().default([]),
    minutesRecordedAt: timestamp("minutes_recorded_at", { withTimezone: true }),
    minutesRecordedBy: text("minutes_recorded_by").references(() => users.id, {
      onDelete: "set null",
    }),
    /** The convening-side organisation the creator acted for. */
    organizedBy: uuid("organized_by").references(() => organizations.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("meetings_coalition_idx").on(t.coalitionId, t.startsAt)],
);

/** One line per organisation per meeting. */
export const meetingAttendance = pgTable(
  "meeting_attendance",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    status: text("status").$type<AttendanceStatus>().notNull(),
    recordedBy: text("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedFor: uuid("recorded_for").references(() => organizations.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.organizationId] })],
);

export const actionItems = pgTable(
  "action_items",
  {
    id: uuid("id").primaryKey(),
    coalitionId: uuid("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    ownerOrganizationId: uuid("owner_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    status: text("status").$type<ActionItemStatus>().notNull(),
    sequence: integer("sequence").notNull().default(0),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("action_items_coalition_idx").on(t.coalitionId, t.dueDate),
    index("action_items_meeting_idx").on(t.meetingId),
    index("action_items_pending_due_idx")
      .on(t.dueDate)
      .where(sql`${t.status} in ('open', 'in_progress')`),
  ],
);

/** Every status an action item took, with who set it: the record of follow-up. */
export const actionItemStatusChanges = pgTable(
  "action_item_status_changes",
  {
    id: uuid("id").primaryKey(),
    actionItemId: uuid("action_item_id")
      .notNull()
      .references(() => actionItems.id, { onDelete: "cascade" }),
    fromStatus: text("from_status").$type<ActionItemStatus>(),
    toStatus: text("to_status").$type<ActionItemStatus>().notNull(),
    changedBy: text("changed_by").references(() => users.id, { onDelete: "set null" }),
    changedFor: uuid("changed_for").references(() => organizations.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("action_item_status_changes_item_idx").on(t.actionItemId, t.changedAt)],
);

/** One personal calendar-feed token per user; only its SHA-256 is kept. */
export const calendarTokens = pgTable("calendar_tokens", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});
