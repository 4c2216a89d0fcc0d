import {
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../shared/locales.ts";
import { users } from "../auth/auth.table.ts";
import { organizations } from "../organizations/organizations.table.ts";
import { campaigns } from "./campaigns.table.ts";

/** internal, public_named, public_anonymised */
export type StoryUse = string;

/** A message for an audience in a frame, told by a messenger organisation. */
export const campaignMessages = pgTable(
  "campaign_messages",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    audience: text("audience").notNull(),
    /** rights_based, humanitarian, faith, legal, economic, … */
    frame: text("frame").notNull(),
    text: jsonb("text").$type<LocalizedText>().notNull(),
    messengerOrganizationId: uuid("messenger_organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    /** internal or public: a public message may use a story only with consent to public use. */
    visibility: text("visibility").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("campaign_messages_campaign_idx").on(t.campaignId)],
);

/** A story that humanises the campaign, told with recorded consent. */
export const campaignStories = pgTable(
  "campaign_stories",
  {
    id: uuid("id").primaryKey(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    text: jsonb("text").$type<LocalizedText>().notNull(),
    /** The organisation that collected the story and answers for the consent. */
    recordedByOrganizationId: uuid("recorded_by_organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Who consented (a pseudonym or role, never required to be a legal name). */
    consentBy: text("consent_by").notNull(),
    consentUses: text("consent_uses").array().$type<StoryUse[]>().notNull(),
    consentGivenOn: date("consent_given_on", { mode: "string" }).notNull(),
    consentUntil: date("consent_until", { mode: "string" }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("campaign_stories_campaign_idx").on(t.campaignId)],
);

/** Which stories a message tells; a withdrawal flags every message here. */
export const messageStories = pgTable(
  "message_stories",
  {
    messageId: uuid("message_id")
      .notNull()
      .references(() => campaignMessages.id, { onDelete: "cascade" }),
    storyId: uuid("story_id")
      .notNull()
      .references(() => campaignStories.id, { onDelete: "cascade" }),
    /** public_named or public_anonymised for a public message; internal otherwise. */
    use: text("use").$type<StoryUse>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.storyId] }),
    index("message_stories_story_idx").on(t.storyId),
  ],
);
