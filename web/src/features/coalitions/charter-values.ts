import type { UseFormReturnType } from "@mantine/form";
import type {
  Charter,
  CollaborationLevel,
  DecisionRule,
  DecisionSubject,
} from "../../../../shared/coalitions.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { type RiskCategory, riskCategories } from "../../../../shared/risk/heatmap.ts";
import { cleanText } from "../../lib/localized-text.ts";

// Plain lists, not the Zod enums: this file is in every charter page's chunk.
export const decisionSubjects = [
  "admission",
  "statements",
  "charter",
  "spending",
] as const satisfies readonly DecisionSubject[];
export const ruleMethods = [
  "convener",
  "open",
  "consent",
  "consensus",
  "majority",
  "supermajority",
] as const satisfies readonly DecisionRule["method"][];
export const collaborationLevels = [
  "information_sharing",
  "coordination",
  "joint_action",
] as const satisfies readonly CollaborationLevel[];

/** Thresholds people pick: the top of each level (low 4, medium 9, high 16) and between. */
export const riskThresholdChoices = ["4", "6", "9", "12", "16", "20"] as const;

const thresholdValues = (thresholds: Charter["riskThresholds"]) =>
  Object.fromEntries(
    riskCategories.map((c) => [c, thresholds?.[c] === undefined ? "" : String(thresholds[c])]),
  ) as Record<RiskCategory, string>;

function toThresholds(values: Record<RiskCategory, string>): Charter["riskThresholds"] {
  const set = riskCategories.flatMap((c) => {
    const n = Number(values[c]);
    return values[c] && Number.isInteger(n) && n >= 1 && n <= 25 ? [[c, n] as const] : [];
  });
  return set.length ? Object.fromEntries(set) : undefined;
}

/** Supermajorities people use; each is more than half, as the charter requires. */
export const thresholdPresets = ["3/5", "2/3", "3/4", "4/5", "1/1"] as const;
export type ThresholdPreset = (typeof thresholdPresets)[number];

export type RuleValues = {
  method: DecisionRule["method"];
  /** Whole percent of eligible organisations, 0 to 100. */
  quorumPercent: number;
  threshold: string;
  of: "cast" | "eligible";
};

export type QuestionValues = { key: string; text: LocalizedText };
export type FocalPointValues = {
  activity: LocalizedText;
  organizationId: string | null;
  /** Shown in the picker before any search; not sent. */
  organizationName: string;
};

/** The charter form's state: every optional text present (maybe empty), dates as strings. */
export type CharterValues = {
  purpose: LocalizedText;
  goals: LocalizedText;
  scope: LocalizedText;
  limits: LocalizedText;
  /** The scope as taxonomy terms, which partner discovery starts from. */
  scopeIssues: string[];
  scopeCountries: string[];
  scopeRegions: string[];
  membershipCriteria: LocalizedText;
  applicationQuestions: QuestionValues[];
  decisionRules: Record<DecisionSubject, RuleValues>;
  focalPoints: FocalPointValues[];
  collaborationLevel: CollaborationLevel;
  meetingRhythm: LocalizedText;
  reviewDate: string;
  /** Per risk category, the highest likelihood × impact before a decision is needed; "" for none. */
  riskThresholds: Record<RiskCategory, string>;
};
export type CharterForm = UseFormReturnType<CharterValues>;

export const textFields = ["purpose", "goals", "scope", "limits", "membershipCriteria"] as const;

const emptyText = (language: string): LocalizedText => ({ original: language, texts: {} });

const defaultRules: Record<DecisionSubject, DecisionRule> = {
  admission: { method: "convener", quorum: 0 },
  statements: { method: "consent", quorum: 0.5 },
  charter: {
    method: "supermajority",
    quorum: 0.5,
    threshold: { numerator: 2, denominator: 3, of: "cast" },
  },
  spending: { method: "consent", quorum: 0.5 },
};

function ruleValues(rule: DecisionRule): RuleValues {
  const t = rule.threshold;
  return {
    method: rule.method,
    quorumPercent: Math.round((rule.quorum ?? 0) * 100),
    threshold: t ? `${t.numerator}/${t.denominator}` : "2/3",
    of: t?.of ?? "cast",
  };
}

export function emptyCharter(language: string): CharterValues {
  return {
    purpose: emptyText(language),
    goals: emptyText(language),
    scope: emptyText(language),
    limits: emptyText(language),
    scopeIssues: [],
    scopeCountries: [],
    scopeRegions: [],
    membershipCriteria: emptyText(language),
    applicationQuestions: [],
    decisionRules: {
      admission: ruleValues(defaultRules.admission),
      statements: ruleValues(defaultRules.statements),
      charter: ruleValues(defaultRules.charter),
      spending: ruleValues(defaultRules.spending),
    },
    focalPoints: [],
    collaborationLevel: "information_sharing",
    meetingRhythm: emptyText(language),
    reviewDate: "",
    riskThresholds: thresholdValues(undefined),
  };
}

/** A charter in force, as the starting point of an amendment. */
export function charterValues(
  charter: Charter,
  language: string,
  nameOf: (organizationId: string) => string,
): CharterValues {
  const text = (value: LocalizedText | undefined) => value ?? emptyText(language);
  return {
    purpose: text(charter.purpose),
    goals: text(charter.goals),
    scope: text(charter.scope),
    limits: text(charter.limits),
    scopeIssues: charter.scopeTerms?.issues ?? [],
    scopeCountries: charter.scopeTerms?.countries ?? [],
    scopeRegions: charter.scopeTerms?.regions ?? [],
    membershipCriteria: text(charter.membershipCriteria),
    applicationQuestions: charter.applicationQuestions.map((q) => ({ key: q.key, text: q.text })),
    decisionRules: {
      admission: ruleValues(charter.decisionRules.admission),
      statements: ruleValues(charter.decisionRules.statements),
      charter: ruleValues(charter.decisionRules.charter),
      spending: ruleValues(charter.decisionRules.spending),
    },
    focalPoints: charter.focalPoints.map((f) => ({
      activity: f.activity,
      organizationId: f.organizationId,
      organizationName: nameOf(f.organizationId),
    })),
    collaborationLevel: charter.collaborationLevel,
    meetingRhythm: text(charter.meetingRhythm),
    reviewDate: charter.reviewDate ?? "",
    riskThresholds: thresholdValues(charter.riskThresholds),
  };
}

function toRule(values: RuleValues): DecisionRule {
  const quorum = Math.min(100, Math.max(0, Math.round(values.quorumPercent || 0))) / 100;
  // Neither the convener nor an open rule takes a quorum: each proposal sets its own.
  if (values.method === "convener" || values.method === "open") {
    return { method: values.method, quorum: 0 };
  }
  if (values.method !== "supermajority") return { method: values.method, quorum };
  const [numerator = 2, denominator = 3] = values.threshold.split("/").map(Number);
  return { method: "supermajority", quorum, threshold: { numerator, denominator, of: values.of } };
}

/** A question key the server accepts, unique among the others: q1, q2, … */
export function nextQuestionKey(questions: readonly QuestionValues[]): string {
  const used = new Set(questions.map((q) => q.key));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n++;
  return `q${n}`;
}

export function toCharter(values: CharterValues): Charter {
  const optional = (value: LocalizedText) => cleanText(value);
  return {
    purpose: cleanText(values.purpose) ?? values.purpose,
    goals: optional(values.goals),
    scope: optional(values.scope),
    limits: optional(values.limits),
    scopeTerms:
      values.scopeIssues.length + values.scopeCountries.length + values.scopeRegions.length
        ? {
            issues: values.scopeIssues,
            countries: values.scopeCountries,
            regions: values.scopeRegions,
          }
        : undefined,
    membershipCriteria: optional(values.membershipCriteria),
    applicationQuestions: values.applicationQuestions.flatMap((q) => {
      const text = cleanText(q.text);
      return text ? [{ key: q.key, text }] : [];
    }),
    decisionRules: {
      admission: toRule(values.decisionRules.admission),
      statements: toRule(values.decisionRules.statements),
      charter: toRule(values.decisionRules.charter),
      spending: toRule(values.decisionRules.spending),
    },
    focalPoints: values.focalPoints.flatMap((f) => {
      const activity = cleanText(f.activity);
      return activity && f.organizationId ? [{ activity, organizationId: f.organizationId }] : [];
    }),
    collaborationLevel: values.collaborationLevel,
    meetingRhythm: optional(values.meetingRhythm),
    reviewDate: values.reviewDate || undefined,
    riskThresholds: toThresholds(values.riskThresholds),
  };
}

/** Client-side checks, so most mistakes are named before a round trip. */
export function charterValidation(t: (key: string) => string) {
  return {
    purpose: (value: LocalizedText) => (cleanText(value) ? null : t("form.validation.purpose")),
    focalPoints: {
      organizationId: (value: string | null, all: CharterValues, path: string) => {
        const index = Number(path.split(".")[1]);
        const point = all.focalPoints[index];
        return point && cleanText(point.activity) && !value
          ? t("form.validation.focalOrganization")
          : null;
      },
    },
  };
}
