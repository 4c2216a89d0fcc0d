import { z } from "zod";
import { riskCategories } from "./risk/heatmap.ts";
import { localizedText } from "./localized-text.ts";
import { CoalitionPermissions, MemberPermissions } from "./policy/permissions.ts";
import {
  CoalitionRole,
  CoalitionVisibility,
  CollaborationLevel,
  MemberListVisibility,
  MembershipAction,
  MembershipStatus,
} from "./policy/terms.ts";

export {
  CoalitionRole,
  CoalitionVisibility,
  CollaborationLevel,
  MemberListVisibility,
  MembershipAction,
  MembershipStatus,
  membershipActions,
} from "./policy/terms.ts";
import { Day, Id } from "./problem.ts";
import { termKey } from "./taxonomies.ts";

/** The kinds of decision a charter sets a rule for. */
export const decisionSubjects = ["admission", "statements", "charter", "spending"] as const;
export const DecisionSubject = z.enum(decisionSubjects);
export type DecisionSubject = z.infer<typeof DecisionSubject>;

/**
 * How one kind of decision is taken: by the convener alone, by a proposal of the given kind
 * with a quorum (share of eligible organisations) and, for votes, a threshold, or left open
 * for each proposal to choose.
 */
export const DecisionRule = z
  .object({
    /** `open`: each proposal of this kind chooses its own method. */
    method: z.enum(["convener", "open", "consent", "consensus", "majority", "supermajority"]),
    quorum: z.number().min(0).max(1).default(0),
    /** For supermajority: the share of votes (or of eligible organisations) needed. */
    threshold: z
      .object({
        numerator: z.number().int().min(1).max(100),
        denominator: z.number().int().min(1).max(100),
        of: z.enum(["cast", "eligible"]).default("cast"),
      })
      .strict()
      .refine((t) => t.numerator <= t.denominator && t.numerator * 2 > t.denominator, {
        message: "a supermajority is more than half and at most all",
      })
      .optional(),
  })
  .strict()
  .refine((r) => r.method !== "supermajority" || r.threshold, {
    message: "a supermajority needs a threshold",
    path: ["threshold"],
  });
export type DecisionRule = z.infer<typeof DecisionRule>;

const text = (max: number) => localizedText(max);

export const ApplicationQuestion = z
  .object({
    key: z.string().regex(/^[a-z0-9_]{1,40}$/, "lowercase letters, digits and _"),
    text: text(500),
  })
  .strict();

export const FocalPoint = z
  .object({
    activity: text(200),
    organizationId: Id,
  })
  .strict();

const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, "must not repeat a value");

/**
 * The charter's scope as taxonomy terms: the issues and places the coalition works on. Partner
 * discovery drafts "what this coalition is missing" from it (shared/discovery/gaps.ts), so the
 * bounds are those of a need.
 */
export const CharterScopeTerms = z
  .object({
    issues: uniqueList(termKey, 20).optional(),
    countries: uniqueList(
      z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"),
      30,
    ).optional(),
    /** UN M49 regions or humanitarian groupings (shared/humanitarian-regions.ts). */
    regions: uniqueList(termKey, 5).optional(),
  })
  .strict();
export type CharterScopeTerms = z.infer<typeof CharterScopeTerms>;

/** Everything a charter says. Changes after creation go through a decision. */
export const Charter = z
  .object({
    purpose: text(4000),
    goals: text(4000).optional(),
    /** What the coalition will do or say in its name. */
    scope: text(4000).optional(),
    /** The scope as taxonomy terms; absent in charters written before they existed. */
    scopeTerms: CharterScopeTerms.optional(),
    /** What it will not do or say in its name. */
    limits: text(4000).optional(),
    membershipCriteria: text(4000).optional(),
    applicationQuestions: z.array(ApplicationQuestion).max(10).default([]),
    decisionRules: z
      .object({
        admission: DecisionRule,
        statements: DecisionRule,
        charter: DecisionRule,
        spending: DecisionRule,
      })
      .strict(),
    focalPoints: z.array(FocalPoint).max(30).default([]),
    collaborationLevel: CollaborationLevel,
    meetingRhythm: text(500).optional(),
    reviewDate: Day.optional(),
    /**
     * Per risk category, the highest likelihood × impact (1–25) a member's own assessment may
     * reach before a public action needs a decision of the coalition to go ahead.
     */
    riskThresholds: z
      .partialRecord(z.enum(riskCategories), z.number().int().min(1).max(25))
      .optional(),
  })
  .strict()
  .refine(
    (c) => new Set(c.applicationQuestions.map((q) => q.key)).size === c.applicationQuestions.length,
    { message: "question keys must be unique", path: ["applicationQuestions"] },
  );
export type Charter = z.infer<typeof Charter>;

export const defaultDecisionRules: Charter["decisionRules"] = {
  admission: { method: "convener", quorum: 0 },
  statements: { method: "consent", quorum: 0.5 },
  charter: {
    method: "supermajority",
    quorum: 0.5,
    threshold: { numerator: 2, denominator: 3, of: "cast" },
  },
  spending: { method: "consent", quorum: 0.5 },
};

export const CoalitionInput = z
  .object({
    /** The organisation creating it, which becomes the convener. */
    organizationId: Id,
    name: z.string().trim().min(2).max(200),
    visibility: CoalitionVisibility.default("unlisted"),
    memberListVisibility: MemberListVisibility.default("members"),
    /**
     * Whether the convening organisation may be named outside the coalition; when left out,
     * it is named unless the coalition is secret (the safe choice where secrecy is asked for).
     */
    namedPublicly: z.boolean().optional(),
    charter: Charter,
  })
  .strict();
export type CoalitionInput = z.input<typeof CoalitionInput>;

/** Settings a convener changes without a decision; the charter itself needs one. */
export const CoalitionSettings = z
  .object({
    visibility: CoalitionVisibility.optional(),
    memberListVisibility: MemberListVisibility.optional(),
  })
  .strict();

export const CoalitionMember = z.object({
  /** Id and name are null when the organisation chose not to be named to this reader. */
  organizationId: Id.nullable(),
  name: z.string().nullable(),
  role: CoalitionRole,
  status: MembershipStatus,
  namedPublicly: z.boolean(),
  since: z.iso.datetime({ offset: true }),
  /**
   * An applicant's answers to the charter's questions, shown to the convener side and to the
   * applicant's own people; null to everyone else and for members who did not apply.
   */
  answers: z.record(z.string(), z.string()).nullable(),
  /** What the reader may do to this member (the convener's steps). */
  permissions: MemberPermissions,
});
export type CoalitionMember = z.infer<typeof CoalitionMember>;

export const Coalition = z
  .object({
    id: Id,
    name: z.string(),
    visibility: CoalitionVisibility,
    memberListVisibility: MemberListVisibility,
    charterVersion: z.number().int(),
    charter: Charter,
    /** What the reader's organisations are in this coalition, if anything. */
    myMemberships: z.array(
      z.object({
        organizationId: Id,
        role: CoalitionRole,
        status: MembershipStatus,
        /** The reader is one of the organisation's representatives: may act for it here. */
        represented: z.boolean(),
      }),
    ),
    /** Shown when the reader may see the list; unnamed members are counted, not named. */
    members: z.array(CoalitionMember).nullable(),
    memberCount: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    /** What the reader may do here, as the server decides it. */
    permissions: CoalitionPermissions,
  })
  .meta({ id: "Coalition" });
export type Coalition = z.infer<typeof Coalition>;

export const CoalitionSummary = z.object({
  id: Id,
  name: z.string(),
  visibility: CoalitionVisibility,
  collaborationLevel: CollaborationLevel,
  purpose: Charter.shape.purpose,
  memberCount: z.number().int(),
  /** How the reader's organisations are linked to it. */
  inside: z.boolean(),
  invited: z.boolean(),
  applied: z.boolean(),
  /** The reader represents an active convener: may invite into it. */
  convenes: z.boolean(),
});
export const CoalitionList = z.object({ items: z.array(CoalitionSummary) });

export const CharterVersion = z.object({
  version: z.number().int(),
  charter: Charter,
  createdAt: z.iso.datetime({ offset: true }),
  /** The proposal that adopted it; null for the founding charter. */
  proposalId: Id.nullable(),
});
/** Every version, with its collaboration level: the coalition's path along the spectrum. */
export const CharterVersionList = z.object({
  items: z.array(
    CharterVersion.omit({ charter: true }).extend({ collaborationLevel: CollaborationLevel }),
  ),
});

/** One changed field between two versions of a charter. */
export const CharterChange = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export const CharterComparison = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(CharterChange),
});

export const CoalitionInvitationInput = z
  .object({
    organizationId: Id,
    role: CoalitionRole.exclude(["convener"]).default("member"),
    /**
     * Whether the invited organisation may be named outside the coalition until it answers
     * (it chooses again when it accepts); left out, it is not named in a secret coalition.
     */
    namedPublicly: z.boolean().optional(),
  })
  .strict();

export const ApplicationInput = z
  .object({
    organizationId: Id,
    /** Answers to the charter's application questions, by question key. */
    answers: z.record(z.string(), z.string().trim().max(4000)).default({}),
    /** Whether the organisation may be named outside the coalition; left out, not in a secret one. */
    namedPublicly: z.boolean().optional(),
  })
  .strict();

/** What accepting an invitation may say: whether the organisation may be named outside. */
export const MembershipStepInput = z.object({ namedPublicly: z.boolean().optional() }).strict();

export const MembershipActionParams = z
  .object({ id: Id, organizationId: Id, action: MembershipAction })
  .strict();
export const MemberParams = z.object({ id: Id, organizationId: Id }).strict();

export const MemberPatch = z
  .object({ role: CoalitionRole.optional(), namedPublicly: z.boolean().optional() })
  .strict()
  .refine((p) => p.role !== undefined || p.namedPublicly !== undefined, {
    message: "change the role or namedPublicly",
  });

export const Representatives = z
  .object({ userIds: z.array(z.string().min(1).max(64)).min(1).max(20) })
  .strict();
