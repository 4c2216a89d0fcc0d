import { z } from "zod";
import { localizedText } from "../localized-text.ts";
import { WebUrl } from "../meetings.ts";
import { Day, Id } from "../problem.ts";
import { tracks } from "./track.ts";

/*
 * SMART objectives of a campaign and the progress reported on them. The on-track rule is
 * track.ts's; what makes an objective SMART (for the form's hints) is smart.ts's. The rules
 * here are the ones the server refuses: a target that differs from the baseline, a deadline
 * after the day the baseline was measured, and texts that say something.
 */

/** A day the database keeps and people mean: no year 0, no year 20000. */
export const ObjectiveDay = z.iso
  .date()
  .refine((day) => day >= "1900-01-01" && day <= "2199-12-31", {
    message: "must be between 1900 and 2199",
  });
/** Any measured quantity, within what a double keeps exactly enough to be compared. */
export const ObjectiveValue = z.number().min(-1e12).max(1e12);
export const objectiveLimits = {
  statement: 2000,
  indicator: 500,
  unit: 40,
  evidence: 2000,
  /** A campaign is planned with a handful of objectives; past this it is a list of tasks. */
  objectivesPerCampaign: 100,
  /** Weekly readings for ten years; the whole history is sent with the objective. */
  readingsPerObjective: 520,
} as const;

const Statement = localizedText(objectiveLimits.statement);
const Indicator = localizedText(objectiveLimits.indicator);
const Unit = z.string().trim().min(1).max(objectiveLimits.unit);

/** The text in its original language says something (translations may still be empty). */
const saysSomething = (value: { original: string; texts: Record<string, string> }) =>
  (value.texts[value.original] ?? "").trim().length > 0;
const saysMessage = "must not be empty in its original language";

type Numbers = {
  baseline?: number | undefined;
  target?: number | undefined;
  baselineOn?: string | undefined;
  deadline?: string | undefined;
};
/** The checks that need two fields together, on whatever of them a body carries. */
export function objectiveIssues(v: Numbers): { path: keyof Numbers; message: string }[] {
  const issues: { path: keyof Numbers; message: string }[] = [];
  if (v.baseline !== undefined && v.target !== undefined && v.baseline === v.target) {
    issues.push({ path: "target", message: "must differ from the baseline" });
  }
  if (v.baselineOn !== undefined && v.deadline !== undefined && v.deadline <= v.baselineOn) {
    issues.push({ path: "deadline", message: "must be after the day the baseline was measured" });
  }
  return issues;
}

const objectiveFields = {
  statement: Statement.refine(saysSomething, saysMessage).describe(
    "What will change, for whom, where: one sentence",
  ),
  indicator: Indicator.refine(saysSomething, saysMessage).describe(
    "What is counted to know it changed",
  ),
  unit: Unit.describe("What the numbers count: licences, %, people…"),
  baseline: ObjectiveValue.describe("The indicator's value when the objective was set"),
  target: ObjectiveValue.describe("The value to reach by the deadline"),
  baselineOn: ObjectiveDay.describe("The day the baseline was measured"),
  deadline: ObjectiveDay.describe("The day the target is due"),
  ownerOrganizationId: Id.describe(
    "The organisation that owns the objective and reports its progress: one of the campaign's",
  ),
};

export const ObjectiveInput = z
  .object(objectiveFields)
  .strict()
  .superRefine((v, ctx) => {
    for (const issue of objectiveIssues(v)) {
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    }
  });
export type ObjectiveInput = z.infer<typeof ObjectiveInput>;

/** Any of the fields; the two-field rules are checked against the objective as it would become. */
export const ObjectivePatch = z
  .object({
    statement: objectiveFields.statement.optional(),
    indicator: objectiveFields.indicator.optional(),
    unit: objectiveFields.unit.optional(),
    baseline: objectiveFields.baseline.optional(),
    target: objectiveFields.target.optional(),
    baselineOn: objectiveFields.baselineOn.optional(),
    deadline: objectiveFields.deadline.optional(),
    ownerOrganizationId: objectiveFields.ownerOrganizationId.optional(),
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "say what to change" })
  .superRefine((v, ctx) => {
    for (const issue of objectiveIssues(v)) {
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    }
  });
export type ObjectivePatch = z.infer<typeof ObjectivePatch>;

/** A reading of the indicator, with what shows it and the organisation the reporter acts for. */
export const ProgressInput = z
  .object({
    organizationId: Id.describe("The organisation the reporter acts for"),
    value: ObjectiveValue,
    measuredOn: ObjectiveDay.describe(
      "The day it was measured: not before the baseline, not after today",
    ),
    evidence: z.string().trim().max(objectiveLimits.evidence).optional(),
    evidenceUrl: WebUrl.optional(),
  })
  .strict();
export type ProgressInput = z.infer<typeof ProgressInput>;

const OrgRef = z.object({ organizationId: Id, name: z.string() });
const Person = z.object({ userId: z.string(), name: z.string() });

export const ObjectiveProgress = z
  .object({
    id: Id,
    value: z.number(),
    measuredOn: Day,
    evidence: z.string().nullable(),
    evidenceUrl: z.string().nullable(),
    reportedBy: Person.nullable(),
    reportedFor: OrgRef.nullable(),
    reportedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "ObjectiveProgress" });
export type ObjectiveProgress = z.infer<typeof ObjectiveProgress>;

export const Objective = z
  .object({
    id: Id,
    campaignId: Id,
    statement: Statement,
    indicator: Indicator,
    unit: z.string(),
    baseline: z.number(),
    target: z.number(),
    baselineOn: Day,
    deadline: Day,
    /** Null once the organisation that owned it is gone. */
    ownerOrganization: OrgRef.nullable(),
    /** track.ts's verdict today, from the latest reading. */
    track: z.enum(tracks),
    latest: z.object({ value: z.number(), measuredOn: Day }).nullable(),
    /** What the straight line from baseline to target expects today. */
    expected: z.number(),
    /** Every reading, oldest first (by the day measured, then when reported). */
    progress: z.array(ObjectiveProgress),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Objective" });
export type Objective = z.infer<typeof Objective>;

export const ObjectiveList = z.object({ items: z.array(Objective) });

export const ObjectiveParams = z.object({ id: Id, objectiveId: Id }).strict();
export const ProgressParams = z.object({ id: Id, objectiveId: Id, progressId: Id }).strict();
