import type { Charter, DecisionSubject } from "../coalitions.ts";
import type { ProposalRules } from "./rules.ts";

/*
 * How a proposal on a subject is decided under a charter. Only types are imported, so the web
 * can ask this on any page without loading the schema library.
 */

/** What a proposal decides (see `ProposalSubject` in shared/proposals.ts). */
export const proposalSubjects = [
  "general",
  "statement",
  "spending",
  "charter",
  "admission",
  "removal",
] as const;
export type ProposalSubject = (typeof proposalSubjects)[number];

/** The charter's kind of decision each subject falls under; general proposals fall under none. */
export const charterRuleFor: Record<ProposalSubject, DecisionSubject | null> = {
  general: null,
  statement: "statements",
  spending: "spending",
  charter: "charter",
  admission: "admission",
  removal: "admission",
};

/**
 * How a proposal on this subject is decided under this charter: by the rules the charter
 * fixes, by the convener alone (no proposal), or as the proposal itself chooses (`open`).
 */
export function decisionFor(
  charter: Pick<Charter, "decisionRules">,
  subject: ProposalSubject,
): { by: "charter"; rules: ProposalRules } | { by: "convener" } | { by: "proposal" } {
  const kind = charterRuleFor[subject];
  if (!kind) return { by: "proposal" };
  const rule = charter.decisionRules[kind];
  switch (rule.method) {
    case "convener":
      return { by: "convener" };
    case "open":
      return { by: "proposal" };
    case "supermajority": {
      const t = rule.threshold ?? { numerator: 2, denominator: 3, of: "cast" as const };
      return {
        by: "charter",
        rules: {
          kind: "supermajority",
          quorum: rule.quorum,
          threshold: { ratio: t.numerator / t.denominator, of: t.of },
        },
      };
    }
    case "majority":
      return {
        by: "charter",
        rules: { kind: "majority", quorum: rule.quorum, threshold: { of: "cast" } },
      };
    default:
      return { by: "charter", rules: { kind: rule.method, quorum: rule.quorum } };
  }
}
