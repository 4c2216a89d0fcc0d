/*
 * The joint risk assessment's heat map (issue 13): each member organisation rates its own
 * exposure per category; the coalition sees how many organisations stand at each level of each
 * category, and never which, unless an organisation chose to be named.
 */

export const riskCategories = [
  "access",
  "safety",
  "legal",
  "funding",
  "reputation",
  "authorities",
] as const;
export type RiskCategory = (typeof riskCategories)[number];

export const riskLevels = ["low", "medium", "high", "severe"] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** Likelihood × impact on the usual 5 × 5 matrix: up to 4 low, 9 medium, 16 high, above severe. */
export function levelOf(likelihood: number, impact: number): RiskLevel {
  const score = likelihood * impact;
  return score <= 4 ? "low" : score <= 9 ? "medium" : score <= 16 ? "high" : "severe";
}

/** One organisation's rating of one category. */
export type RiskRating = {
  organizationId: string;
  /** Shown only when the organisation chose to be named. */
  name: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  shareByName: boolean;
};

export type HeatCell = {
  category: RiskCategory;
  level: RiskLevel;
  /** Organisations that chose to be named at this level, by name. */
  named: string[];
  /**
   * How many others stand here; null when not shown, because it would be fewer than the
   * smallest group, or would let such a figure be worked out from the rest of the row.
   */
  others: number | null;
};

export type HeatMap = { smallestGroup: number; cells: HeatCell[] };

/**
 * The heat map of a set of ratings. Nothing in it names or counts an organisation that did
 * not choose to be named in a group smaller than `smallestGroup`:
 * - a cell shows its unnamed organisations only when there are at least `smallestGroup`;
 * - when hiding a cell leaves fewer than `smallestGroup` hidden in its category (so the
 *   hidden figure could be worked out from the category's other cells and the number who
 *   answered), the smallest shown cells of the category are hidden too, until enough are.
 * What remains visible by design: when every unnamed organisation of a category stands at one
 * level and there are enough of them to show, the coalition learns that level for each.
 */
export function heatMap(ratings: readonly RiskRating[], smallestGroup = 3): HeatMap {
  const cells: HeatCell[] = [];
  for (const category of riskCategories) {
    // One rating per organisation and category: the last given counts.
    const latest = new Map<string, RiskRating>();
    for (const r of ratings) if (r.category === category) latest.set(r.organizationId, r);
    const row = riskLevels.map((level) => {
      const here = [...latest.values()].filter((r) => levelOf(r.likelihood, r.impact) === level);
      return {
        level,
        named: here
          .filter((r) => r.shareByName)
          .map((r) => r.name)
          .sort(),
        unnamed: here.filter((r) => !r.shareByName).length,
        shown: false,
      };
    });
    for (const cell of row) cell.shown = cell.unnamed === 0 || cell.unnamed >= smallestGroup;
    // Hide more until what is hidden cannot be worked out (or nothing unnamed shows).
    const hidden = () => row.filter((c) => !c.shown).reduce((n, c) => n + c.unnamed, 0);
    while (hidden() > 0 && hidden() < smallestGroup) {
      const next = row
        .filter((c) => c.shown && c.unnamed > 0)
        .sort((a, b) => a.unnamed - b.unnamed)[0];
      if (!next) break;
      next.shown = false;
    }
    for (const cell of row) {
      cells.push({
        category,
        level: cell.level,
        named: cell.named,
        others: cell.shown ? cell.unnamed : null,
      });
    }
  }
  return { smallestGroup, cells };
}
