import { and, desc, eq } from "drizzle-orm";
import type { Charter } from "../../../shared/coalitions.ts";
import type { RiskSubjectKind } from "../../../shared/risk/api.ts";
import { type RiskCategory, riskCategories } from "../../../shared/risk/heatmap.ts";
import type { Db, Tx } from "../../db/client.ts";
import { Conflict } from "../../lib/errors.ts";
import { riskAssessments, riskRatings } from "./risk.table.ts";

type Rating = { category: RiskCategory; likelihood: number; impact: number };

/** The categories where some rating is above the charter's threshold for it. */
export function overThreshold(
  ratings: readonly Rating[],
  thresholds: Charter["riskThresholds"],
): RiskCategory[] {
  if (!thresholds) return [];
  const over = new Set<RiskCategory>();
  for (const r of ratings) {
    const limit = thresholds[r.category];
    if (limit !== undefined && r.likelihood * r.impact > limit) over.add(r.category);
  }
  return riskCategories.filter((c) => over.has(c));
}

/**
 * The one rule for "may this public action go ahead": when a member's own assessment of it
 * is above the charter's threshold in some category, it may not without an adopted proposal
 * that decided it. Publishing a statement and starting a campaign activity both ask here.
 */
export function createRiskGate(deps: {
  charterInForce: (coalitionId: string, tx?: Tx) => Promise<Charter | null>;
}) {
  const { charterInForce } = deps;
  return {
    /** The categories that hold the action back (empty when it may go ahead). */
    async blocking(tx: Tx | Db, kind: RiskSubjectKind, subjectId: string) {
      const [assessment] = await tx
        .select()
        .from(riskAssessments)
        .where(and(eq(riskAssessments.subjectKind, kind), eq(riskAssessments.subjectId, subjectId)))
        .orderBy(desc(riskAssessments.createdAt))
        .limit(1);
      if (!assessment || assessment.decidedByProposalId) return [];
      const charter = await charterInForce(assessment.coalitionId, tx as Tx);
      const ratings = await tx
        .select({
          category: riskRatings.category,
          likelihood: riskRatings.likelihood,
          impact: riskRatings.impact,
        })
        .from(riskRatings)
        .where(eq(riskRatings.assessmentId, assessment.id));
      return overThreshold(ratings, charter?.riskThresholds);
    },

    /** Refuses the action (409) while it is held back. */
    async require(tx: Tx | Db, kind: RiskSubjectKind, subjectId: string) {
      const held = await this.blocking(tx, kind, subjectId);
      if (held.length) {
        throw new Conflict(
          `A member's risk assessment is above the charter's threshold for ${held.join(", ")}: the coalition must decide this through a proposal first.`,
        );
      }
    },
  };
}
export type RiskGate = ReturnType<typeof createRiskGate>;
