import { z } from "zod";
import { Cursor, Day, Id, pageQuery } from "../problem.ts";
import { localizedText } from "../localized-text.ts";
import { CampaignPermissions } from "../policy/campaign.ts";
import { campaignStatuses } from "./catalogue.ts";

const Title = localizedText(200);
const LongText = localizedText(10000);
const IssueCode = z.string().trim().min(1).max(100);

export const PublishedParts = z
  .object({
    goal: z.boolean(),
    problem: z.boolean(),
    objectives: z.boolean(),
    outcomes: z.boolean(),
    organizations: z.boolean(),
  })
  .strict();
export type PublishedParts = z.infer<typeof PublishedParts>;

/** The fund monitor: an organisation (any of its representatives) or one person. */
export const FundMonitorInput = z
  .object({ kind: z.enum(["organization", "person"]), id: z.string().min(1).max(100) })
  .strict();

const planFields = {
  title: Title,
  problem: LongText.nullable().optional(),
  theoryOfChange: LongText.nullable().optional(),
  goal: localizedText(2000).nullable().optional(),
  startsOn: Day.nullable().optional(),
  endsOn: Day.nullable().optional(),
  issues: z.array(IssueCode).max(20).optional(),
};

const datesInOrder = (value: { startsOn?: string | null; endsOn?: string | null }) =>
  !value.startsOn || !value.endsOn || value.startsOn <= value.endsOn;
const datesMessage = { message: "must not be before the start", path: ["endsOn"] };

/**
 * A new campaign: for a coalition (acting for one of its member organisations) or for one
 * organisation alone. From an adopted proposal, the title and problem default to the proposal's.
 */
export const CampaignInput = z
  .object({
    organizationId: Id.describe("The organisation that starts and leads the campaign"),
    coalitionId: Id.optional().describe(
      "The coalition it belongs to; absent for the organisation's own",
    ),
    proposalId: Id.optional().describe("An adopted proposal of that coalition it is started from"),
    ...planFields,
    title: Title.optional(),
  })
  .strict()
  .refine(datesInOrder, datesMessage)
  .refine((v) => !v.proposalId || v.coalitionId, {
    message: "a proposal belongs to a coalition: say which",
    path: ["coalitionId"],
  });
export type CampaignInput = z.infer<typeof CampaignInput>;

export const CampaignPatch = z
  .object({
    ...planFields,
    title: Title.optional(),
    status: z.enum(campaignStatuses).optional(),
    fundMonitor: FundMonitorInput.nullable().optional(),
    /** Null turns the public summary page off. */
    publishedParts: PublishedParts.nullable().optional(),
    /** Brings an organisation's own campaign into a coalition its organisation is inside. */
    coalitionId: Id.optional(),
  })
  .strict()
  .refine(datesInOrder, datesMessage)
  .refine((v) => Object.keys(v).length > 0, { message: "say what to change" });
export type CampaignPatch = z.infer<typeof CampaignPatch>;

const OrgRef = z.object({ organizationId: Id, name: z.string() });
const Person = z.object({ userId: z.string(), name: z.string() });

export const Campaign = z
  .object({
    id: Id,
    coalition: z.object({ id: Id, name: z.string() }).nullable(),
    ownerOrganization: OrgRef.nullable(),
    leadOrganization: OrgRef,
    proposal: z.object({ id: Id, title: z.string() }).nullable(),
    title: Title,
    problem: LongText.nullable(),
    theoryOfChange: LongText.nullable(),
    goal: localizedText(2000).nullable(),
    startsOn: Day.nullable(),
    endsOn: Day.nullable(),
    status: z.enum(campaignStatuses),
    issues: z.array(z.string()),
    fundMonitor: z
      .object({ kind: z.enum(["organization", "person"]), id: z.string(), name: z.string() })
      .nullable(),
    publishedParts: PublishedParts.nullable(),
    /** The organisations taking part: the coalition's members inside, or the owner. */
    organizations: z.array(OrgRef),
    permissions: CampaignPermissions,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Campaign" });
export type Campaign = z.infer<typeof Campaign>;

export const CampaignSummary = Campaign.pick({
  id: true,
  title: true,
  status: true,
  startsOn: true,
  endsOn: true,
  leadOrganization: true,
  coalition: true,
}).meta({ id: "CampaignSummary" });
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const CampaignListQuery = z
  .object({
    coalitionId: Id.optional(),
    organizationId: Id.optional(),
    status: z.enum(campaignStatuses).optional(),
    ...pageQuery,
  })
  .strict();
export const CampaignList = z.object({
  items: z.array(CampaignSummary),
  nextCursor: Cursor.nullable(),
});

export const CampaignHistoryEntry = z
  .object({
    id: Id,
    entity: z.string(),
    entityId: Id,
    action: z.string(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    changedBy: Person.nullable(),
    changedFor: OrgRef.nullable(),
    changedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "CampaignHistoryEntry" });
export const CampaignHistoryQuery = z
  .object({ entity: z.string().max(40).optional(), ...pageQuery })
  .strict();
export const CampaignHistory = z.object({
  items: z.array(CampaignHistoryEntry),
  nextCursor: Cursor.nullable(),
});

/** The public summary page: only the parts the campaign chose to publish. */
export const PublicCampaign = z
  .object({
    id: Id,
    title: Title,
    status: z.enum(campaignStatuses),
    startsOn: Day.nullable(),
    endsOn: Day.nullable(),
    coalition: z.object({ id: Id, name: z.string() }).nullable(),
    goal: localizedText(2000).nullable(),
    problem: LongText.nullable(),
    organizations: z.array(OrgRef).nullable(),
    objectives: z
      .array(
        z.object({
          statement: localizedText(2000),
          unit: z.string(),
          baseline: z.number(),
          target: z.number(),
          deadline: Day,
          latest: z.number().nullable(),
        }),
      )
      .nullable(),
    outcomes: z
      .array(z.object({ observedOn: Day, change: LongText, contribution: LongText }))
      .nullable(),
  })
  .meta({ id: "PublicCampaign" });
export type PublicCampaign = z.infer<typeof PublicCampaign>;

/** Nested routes: /api/v1/campaigns/:id/<part>/:itemId */
export const CampaignItemParams = z.object({ id: Id, itemId: Id }).strict();
