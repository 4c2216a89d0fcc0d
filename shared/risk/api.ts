import { z } from "zod";
import { LanguageCode, localizedText } from "../localized-text.ts";
import { Day, Id } from "../problem.ts";
import { termKey } from "../taxonomies.ts";
import { riskCategories, riskLevels } from "./heatmap.ts";
import { riskSubjectKinds } from "./kinds.ts";

/*
 * Joint risk assessment (issue 13): what the API takes and gives. Each member organisation
 * rates its own exposure privately; the coalition sees the heat map, the unattributed
 * mitigations asked for, and the register it keeps of them.
 */

export { type RiskSubjectKind, riskSubjectKinds } from "./kinds.ts";

const At = z.iso.datetime({ offset: true });
const OrgRef = z.object({ organizationId: Id, name: z.string() });
const Score = z.number().int().min(1).max(5);
const Category = z.enum(riskCategories);

export const RiskAssessmentInput = z
  .object({
    subjectKind: z.enum(riskSubjectKinds),
    /** The statement or campaign activity assessed; a publication has none. */
    subjectId: Id.optional(),
    /** What a publication is; the others take their subject's title when left out. */
    title: z.string().trim().min(3).max(200).optional(),
    /** Where the action takes place and whom it addresses: what "who fronts" weighs. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
      .optional(),
    audienceLanguages: z.array(LanguageCode).max(10).default([]),
    capacities: z.array(termKey).max(10).default([]),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.subjectKind !== "publication" && !a.subjectId) {
      ctx.addIssue({ code: "custom", path: ["subjectId"], message: "names what is assessed" });
    }
    if (a.subjectKind === "publication" && a.subjectId) {
      ctx.addIssue({ code: "custom", path: ["subjectId"], message: "a publication has no id" });
    }
    if (a.subjectKind === "publication" && !a.title) {
      ctx.addIssue({ code: "custom", path: ["title"], message: "a publication needs a title" });
    }
  });
export type RiskAssessmentInput = z.input<typeof RiskAssessmentInput>;

export const RiskRatingInput = z
  .object({ category: Category, likelihood: Score, impact: Score })
  .strict();

/** An organisation's own answer: seen by it alone, and by no one else, ever. */
export const RiskResponseInput = z
  .object({
    ratings: z
      .array(RiskRatingInput)
      .min(1)
      .max(riskCategories.length)
      .refine((r) => new Set(r.map((x) => x.category)).size === r.length, {
        message: "each category at most once",
      }),
    /** What it needs to go ahead: shown to the coalition without its name. */
    mitigations: z.array(z.string().trim().min(3).max(500)).max(10).default([]),
    /** Let the heat map name the organisation at its levels. Off unless chosen. */
    shareByName: z.boolean().default(false),
  })
  .strict();
export type RiskResponseInput = z.input<typeof RiskResponseInput>;

export const ResponseParams = z.object({ id: Id, organizationId: Id }).strict();

export const mitigationStatuses = ["open", "done"] as const;

export const MitigationInput = z
  .object({
    title: z.string().trim().min(3).max(300),
    ownerOrganizationId: Id.optional(),
    dueOn: Day.optional(),
    /** Also make it one of the coalition's action items (needs an owner and a due date). */
    asActionItem: z.boolean().default(false),
  })
  .strict()
  .refine((m) => !m.asActionItem || (m.ownerOrganizationId && m.dueOn), {
    message: "an action item needs an owner and a due date",
    path: ["asActionItem"],
  });

export const MitigationPatch = z
  .object({
    status: z.enum(mitigationStatuses).optional(),
    title: z.string().trim().min(3).max(300).optional(),
    ownerOrganizationId: Id.nullable().optional(),
    dueOn: Day.nullable().optional(),
  })
  .strict();

export const Mitigation = z.object({
  id: Id,
  assessmentId: Id,
  title: z.string(),
  owner: OrgRef.nullable(),
  dueOn: Day.nullable(),
  status: z.enum(mitigationStatuses),
  actionItemId: Id.nullable(),
  /** Whether the viewer may mark it done. */
  mayUpdate: z.boolean(),
});

export const HeatMapSchema = z.object({
  smallestGroup: z.number().int(),
  cells: z.array(
    z.object({
      category: Category,
      level: z.enum(riskLevels),
      named: z.array(z.string()),
      others: z.number().int().nullable(),
    }),
  ),
});

/** A summary of an assessment: what a proposal shows before anyone takes a stance. */
export const RiskSummary = z.object({
  id: Id,
  title: z.string(),
  heatMap: HeatMapSchema,
  answered: z.number().int(),
  /** Categories where an answer is above the charter's threshold. */
  overThreshold: z.array(Category),
  /** The adopted proposal that decided the action, if any. */
  decidedByProposalId: Id.nullable(),
});
export type RiskSummary = z.infer<typeof RiskSummary>;

export const RiskAssessment = RiskSummary.extend({
  coalitionId: Id,
  subjectKind: z.enum(riskSubjectKinds),
  subjectId: Id.nullable(),
  country: z.string().nullable(),
  audienceLanguages: z.array(z.string()),
  capacities: z.array(z.string()),
  /** The charter's threshold per category (likelihood × impact above it needs a decision). */
  thresholds: z.partialRecord(Category, z.number().int()),
  /** Whether the action needs a decision before it may go ahead. */
  needsDecision: z.boolean(),
  /**
   * The mitigations organisations said they need, without their names, sorted and each once;
   * null while fewer organisations answered than the heat map's smallest group, when the
   * few who answered could be told apart.
   */
  mitigationsNeeded: z.array(z.string()).nullable(),
  register: z.array(Mitigation),
  /** Organisations that have not answered: the convening side only, else null. */
  missing: z.array(OrgRef).nullable(),
  /** The viewer's organisations' own answers. */
  mine: z.array(
    OrgRef.extend({
      ratings: z.array(RiskRatingInput),
      mitigations: z.array(z.string()),
      shareByName: z.boolean(),
      answeredAt: At,
    }),
  ),
  permissions: z.object({
    manage: z.boolean(),
    answerFor: z.array(Id),
    recommend: z.boolean(),
  }),
  createdAt: At,
});
export type RiskAssessment = z.infer<typeof RiskAssessment>;

export const RiskAssessmentList = z.object({
  items: z.array(
    RiskSummary.pick({ id: true, title: true, answered: true, decidedByProposalId: true }).extend({
      subjectKind: z.enum(riskSubjectKinds),
      subjectId: Id.nullable(),
      createdAt: At,
    }),
  ),
});

export const FrontingAdviceList = z.object({
  items: z.array(
    OrgRef.extend({
      advice: z.enum(["front", "sign", "support_privately"]),
      reasons: z.array(
        z.enum([
          "local",
          "verified",
          "capacities",
          "audience_language",
          "speaks_publicly",
          "no_public_association",
          "private_diplomacy",
          "own_risk",
        ]),
      ),
    }),
  ),
});

/** Who fronts, as the coalition decides it: a proposal under the charter's rule for statements. */
export const RiskDecisionInput = z
  .object({
    /** The member organisation proposing, which the author represents. */
    organizationId: Id,
    /** The proposal's title; the assessment's title when left out. */
    title: z.string().trim().min(3).max(200).optional(),
    body: localizedText(10000).optional(),
    closesAt: At,
    /** The member organisations proposed to speak publicly for the action. */
    messengers: z
      .array(Id)
      .max(50)
      .refine((m) => new Set(m).size === m.length, { message: "each organisation at most once" }),
  })
  .strict();
export type RiskDecisionInput = z.input<typeof RiskDecisionInput>;

/** What a proposal deciding an assessed action shows before anyone takes a stance. */
export const ProposalRisk = z.object({
  summary: RiskSummary.nullable(),
  messengers: z.array(OrgRef),
});
export type ProposalRisk = z.infer<typeof ProposalRisk>;
