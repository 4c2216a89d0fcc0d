import { z } from "zod";
import { Cursor, Id } from "./problem.ts";

/**
 * What a person is told about. The text is written by the reader's client (or, for email, by
 * the server) in the reader's language from the kind and its data, never stored as prose.
 */
export const notificationKinds = [
  "proposal_opened",
  "proposal_closing",
  "proposal_closed",
  "outcome_recorded",
  "coalition_invitation",
  "application_received",
  "invitation_accepted",
  "invitation_declined",
  "member_left",
  "proposal_quorum_reached",
  "proposal_blocked",
  "meeting_scheduled",
  "action_item_overdue",
  "mentioned",
  "spending_to_confirm",
  "spending_queried",
  "consent_withdrawn",
  "statement_sign_on",
  "statement_confirm_again",
  "risk_assessment_opened",
  "mitigation_assigned",
  "consent_override",
] as const;
export const NotificationKind = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** The names and values a notification's text needs (titles, names, dates as ISO strings). */
export const NotificationData = z.record(z.string(), z.string());
export type NotificationData = z.infer<typeof NotificationData>;

export const Notification = z.object({
  id: Id,
  kind: NotificationKind,
  coalitionId: Id.nullable(),
  data: NotificationData,
  /** The page it is about, as an app path (for example /proposals/…). */
  link: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationQuery = z
  .object({
    cursor: Cursor.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(30),
    unread: z.enum(["true", "false"]).optional(),
  })
  .strict();

export const NotificationPage = z.object({
  items: z.array(Notification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

/** Mark some notifications read, or all of them. */
export const MarkRead = z
  .object({ ids: z.array(Id).min(1).max(100).optional(), all: z.literal(true).optional() })
  .strict()
  .refine((m) => (m.ids === undefined) !== (m.all === undefined), {
    message: "send either ids or all",
  });

export const NotificationSettings = z.object({
  /** A daily email of what the person has not read yet. */
  emailDigest: z.boolean(),
  lastDigestAt: z.iso.datetime({ offset: true }).nullable(),
});
export const NotificationSettingsPatch = z.object({ emailDigest: z.boolean() }).strict();
