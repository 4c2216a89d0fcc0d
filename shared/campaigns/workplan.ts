import { z } from "zod";
import { localizedText } from "../localized-text.ts";
import { Cursor, Day, Id } from "../problem.ts";
import { activityStatuses, campaignRoles, tactics } from "./catalogue.ts";

/*
 * The workplan of a campaign: activities (a tactic aimed at stakeholders for objectives, led by
 * one organisation and supported by others, between two dates), the dependencies between them,
 * and the role matrix that shows which organisation does what.
 */

/** A calendar day PostgreSQL can store (it has no year 0). */
/** The title must say something in the language it was written in: it becomes an action item's. */
const Title = localizedText(200).refine(
  (value) => (value.texts[value.original] ?? "").trim().length >= 3,
  { message: "needs at least 3 characters in its original language", path: ["texts"] },
);
const Ids = (max: number) => z.array(Id).max(max);
const Notes = z.string().trim().max(5000);

/** What only those running the campaign change; the lead organisation changes the rest. */
export const runnerActivityFields = [
  "title",
  "tactic",
  "role",
  "leadOrganizationId",
  "supportingOrganizationIds",
  "stakeholderIds",
  "objectiveIds",
  "dependsOn",
] as const;
/** What the lead organisation's representatives may change in their own activity. */
export const leadActivityFields = ["status", "startsOn", "dueOn", "notes"] as const;

const inOrder = (value: { startsOn?: string | undefined; dueOn?: string | undefined }) =>
  !value.startsOn || !value.dueOn || value.startsOn <= value.dueOn;
const inOrderMessage = { message: "must not be before the start", path: ["dueOn"] };

export const ActivityInput = z
  .object({
    title: Title,
    tactic: z.enum(tactics),
    /** The part it plays in the coalition: the role matrix's column. */
    role: z.enum(campaignRoles),
    leadOrganizationId: Id.describe("One of the campaign's organisations"),
    supportingOrganizationIds: Ids(50).optional(),
    /** Stakeholders of this campaign the activity targets. */
    stakeholderIds: Ids(100).optional(),
    /** Objectives of this campaign the activity serves. */
    objectiveIds: Ids(50).optional(),
    startsOn: Day,
    dueOn: Day,
    status: z.enum(activityStatuses).optional().describe("planned unless said"),
    notes: Notes.nullable().optional(),
    /** Activities of this campaign that must be done first; a cycle is refused. */
    dependsOn: Ids(50).optional(),
  })
  .strict()
  .refine(inOrder, inOrderMessage);
export type ActivityInput = z.input<typeof ActivityInput>;

/** Changes to an activity; lists replace the old ones. */
export const ActivityPatch = z
  .object({
    title: Title.optional(),
    tactic: z.enum(tactics).optional(),
    role: z.enum(campaignRoles).optional(),
    leadOrganizationId: Id.optional(),
    supportingOrganizationIds: Ids(50).optional(),
    stakeholderIds: Ids(100).optional(),
    objectiveIds: Ids(50).optional(),
    startsOn: Day.optional(),
    dueOn: Day.optional(),
    status: z.enum(activityStatuses).optional(),
    notes: Notes.nullable().optional(),
    dependsOn: Ids(50).optional(),
  })
  .strict()
  .refine(inOrder, inOrderMessage)
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: "say what to change",
  });
export type ActivityPatch = z.input<typeof ActivityPatch>;

const OrgRef = z.object({ organizationId: Id, name: z.string() });

export const Activity = z
  .object({
    id: Id,
    campaignId: Id,
    title: localizedText(200),
    tactic: z.enum(tactics),
    role: z.enum(campaignRoles),
    leadOrganization: OrgRef,
    supportingOrganizations: z.array(OrgRef),
    stakeholders: z.array(z.object({ id: Id, name: z.string() })),
    objectives: z.array(z.object({ id: Id, statement: localizedText(2000) })),
    startsOn: Day,
    dueOn: Day,
    status: z.enum(activityStatuses),
    notes: z.string().nullable(),
    /** The activities that must be done first, with where they stand. */
    dependsOn: z.array(
      z.object({ id: Id, title: localizedText(200), status: z.enum(activityStatuses) }),
    ),
    /** A dependency is neither done nor cancelled: the activity should not start yet. */
    blocked: z.boolean(),
    /** The coalition action item it became, if it did. */
    actionItemId: Id.nullable(),
    /** The viewer may change its status, dates and notes (its lead, or those running the campaign). */
    mayUpdate: z.boolean(),
    /** The viewer may make it an action item: a coalition's campaign, the convening side, not yet one. */
    mayMakeActionItem: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "CampaignActivity" });
export type Activity = z.infer<typeof Activity>;

export const ActivityListQuery = z
  .object({
    leadOrganizationId: Id.optional(),
    status: z.enum(activityStatuses).optional(),
    /** By start date, soonest first (or latest first with "-startsOn"). */
    sort: z.enum(["startsOn", "-startsOn"]).default("startsOn"),
    cursor: Cursor.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict();
export type ActivityListQuery = z.input<typeof ActivityListQuery>;

export const ActivityList = z.object({
  items: z.array(Activity),
  nextCursor: Cursor.nullable(),
});

export const ActivityParams = z.object({ id: Id, activityId: Id }).strict();

/** Which organisation does what: activities it leads and supports, per role. */
export const RoleMatrix = z
  .object({
    roles: z.array(z.enum(campaignRoles)),
    organizations: z.array(
      OrgRef.extend({
        cells: z.array(
          z.object({
            role: z.enum(campaignRoles),
            lead: z.number().int(),
            support: z.number().int(),
          }),
        ),
        lead: z.number().int(),
        support: z.number().int(),
      }),
    ),
  })
  .meta({ id: "CampaignRoleMatrix" });
export type RoleMatrix = z.infer<typeof RoleMatrix>;
