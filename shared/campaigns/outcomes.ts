import { z } from "zod";
import { Cursor, Day, Id, pageQuery } from "../problem.ts";
import { localizedText } from "../localized-text.ts";
import { lessonSharings } from "../policy/campaign.ts";
import { outcomeSignificances, tactics } from "./catalogue.ts";

const Instant = z.iso.datetime({ offset: true });
const Text = localizedText(5000);
const OrgRef = z.object({ organizationId: Id, name: z.string() });
const Person = z.object({ userId: z.string(), name: z.string() });
const IssueCode = z.string().trim().min(1).max(100);

/** Text written in at least its original language. */
const written = (value: { original: string; texts: Record<string, string> }) =>
  !!value.texts[value.original]?.trim();
const writtenMessage = { message: "write it in its original language", path: ["texts"] };
const Written = Text.refine(written, writtenMessage);

const outcomeFields = {
  observedOn: Day.describe("The day the change was seen (not in the future)"),
  change: Written.describe("What changed"),
  contribution: Written.describe("What the campaign contributed to it"),
  evidence: z.string().trim().max(2000).nullable().optional(),
  significance: z
    .enum(outcomeSignificances)
    .describe("How much the campaign contributed: significant, some, none"),
};

/** An outcome, recorded for one of the organisations the person acts for. */
export const OutcomeInput = z
  .object({
    organizationId: Id.describe("The organisation the outcome is recorded for"),
    ...outcomeFields,
  })
  .strict();
export type OutcomeInput = z.infer<typeof OutcomeInput>;

export const OutcomePatch = z
  .object(outcomeFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "say what to change" });
export type OutcomePatch = z.infer<typeof OutcomePatch>;

export const CampaignOutcome = z
  .object({
    id: Id,
    observedOn: Day,
    change: Text,
    contribution: Text,
    evidence: z.string().nullable(),
    significance: z.enum(outcomeSignificances),
    /** The organisation it was recorded for: it may change it, as may those running the campaign. */
    recordedFor: OrgRef.nullable(),
    recordedBy: Person.nullable(),
    createdAt: Instant,
  })
  .meta({ id: "CampaignOutcome" });
export type CampaignOutcome = z.infer<typeof CampaignOutcome>;

export const OutcomeListQuery = z
  .object({ significance: z.enum(outcomeSignificances).optional(), ...pageQuery })
  .strict();
export const OutcomeList = z.object({
  items: z.array(CampaignOutcome),
  nextCursor: Cursor.nullable(),
});
export type OutcomeList = z.infer<typeof OutcomeList>;

export const OutcomeParams = z.object({ id: Id, outcomeId: Id }).strict();

/**
 * The after-action review, written once the campaign is closed: what worked, what did not,
 * the lessons, tagged by tactic and issue. Shared with the coalition unless those running the
 * campaign share it with the platform, where later coalitions find it.
 */
export const ReviewInput = z
  .object({
    worked: Written,
    didNotWork: Written,
    lessons: Written,
    tactics: z
      .array(z.enum(tactics))
      .max(tactics.length)
      .default([])
      .refine((v) => new Set(v).size === v.length, "a tactic may appear once"),
    issues: z
      .array(IssueCode)
      .max(20)
      .default([])
      .refine((v) => new Set(v).size === v.length, "an issue may appear once"),
    shared: z
      .enum(lessonSharings)
      .optional()
      .describe("Who outside the campaign finds the lessons; a new review keeps to the coalition"),
  })
  .strict();
export type ReviewInput = z.input<typeof ReviewInput>;

export const CampaignReview = z
  .object({
    worked: Text,
    didNotWork: Text,
    lessons: Text,
    tactics: z.array(z.enum(tactics)),
    issues: z.array(z.string()),
    shared: z.enum(lessonSharings),
    writtenBy: Person.nullable(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: "CampaignReview" });
export type CampaignReview = z.infer<typeof CampaignReview>;

/** The campaign's review, or null while none has been written. */
export const CampaignReviewAnswer = z.object({ review: CampaignReview.nullable() });
export type CampaignReviewAnswer = z.infer<typeof CampaignReviewAnswer>;

export const LessonsQuery = z
  .object({
    tactic: z.enum(tactics).optional(),
    issue: IssueCode.optional(),
    ...pageQuery,
  })
  .strict();

/**
 * A past campaign's lessons as later coalitions find them: the campaign's title and the
 * review, nothing else of the campaign. Its id only for those who may read the campaign.
 */
export const CampaignLesson = z
  .object({
    /** The review's own id. */
    id: Id,
    campaign: z.object({ id: Id.nullable(), title: localizedText(200) }),
    worked: Text,
    didNotWork: Text,
    lessons: Text,
    tactics: z.array(z.enum(tactics)),
    issues: z.array(z.string()),
    shared: z.enum(lessonSharings),
    updatedAt: Instant,
  })
  .meta({ id: "CampaignLesson" });
export type CampaignLesson = z.infer<typeof CampaignLesson>;

export const LessonList = z.object({
  items: z.array(CampaignLesson),
  nextCursor: Cursor.nullable(),
});
export type LessonList = z.infer<typeof LessonList>;
