import type { Charter } from "../../../shared/coalitions.ts";
import type { RiskSummary } from "../../../shared/risk/api.ts";
import { heatMap } from "../../../shared/risk/heatmap.ts";
import type { Names } from "../../lib/names.ts";
import { overThreshold } from "./risk-gate.ts";
import type { AssessmentRow, RatingRow, ResponseRow } from "./risk.repo.ts";

/** The heat map's smallest group: below it, nothing about the few who answered is shown. */
export const smallestGroup = 3;

/**
 * An assessment's summary, as every organisation inside may read it: the heat map names only
 * those that chose to be named (nobody else's name is even read), and no figure tells apart
 * fewer organisations than the smallest group.
 */
export async function summarize(
  row: AssessmentRow,
  answers: { responses: ResponseRow[]; ratings: RatingRow[] },
  charter: Charter | null,
  names: Names,
): Promise<RiskSummary> {
  const sharing = new Set(
    answers.responses.filter((r) => r.shareByName).map((r) => r.organizationId),
  );
  const shownNames = await names.organizations([...sharing]);
  const map = heatMap(
    answers.ratings.map((r) => ({
      organizationId: r.organizationId,
      name: sharing.has(r.organizationId) ? (shownNames.get(r.organizationId) ?? "") : "",
      category: r.category,
      likelihood: r.likelihood,
      impact: r.impact,
      shareByName: sharing.has(r.organizationId),
    })),
    smallestGroup,
  );
  return {
    id: row.id,
    title: row.title,
    heatMap: map,
    answered: answers.responses.length,
    overThreshold: overThreshold(answers.ratings, charter?.riskThresholds),
    decidedByProposalId: row.decidedByProposalId,
  };
}

/**
 * The mitigations asked for, each once and sorted, so their order says nothing of who asked;
 * withheld (null) while so few answered that they could be told apart.
 */
export function mitigationsNeeded(responses: ResponseRow[]): string[] | null {
  if (responses.length < smallestGroup) return null;
  return [...new Set(responses.flatMap((r) => r.mitigations))].sort((a, b) =>
    a.localeCompare(b, "en"),
  );
}

/** The first text of a localized title, in its original language where it has one. */
export function plainTitle(text: { original: string; texts: Record<string, string> }) {
  return (text.texts[text.original] ?? Object.values(text.texts)[0] ?? "").slice(0, 200);
}
