import { riskCategories, type RiskCategory } from "../../../../shared/risk/heatmap.ts";
import type { RiskAssessment, RiskResponseInput } from "../../../../shared/risk/api.ts";

/** One category of the answer form: "" while not rated. */
export type RatingValue = { likelihood: string; impact: string };

export type AnswerValues = {
  ratings: Record<RiskCategory, RatingValue>;
  mitigations: string[];
  /** Off unless the organisation chooses it, at the moment it answers. */
  shareByName: boolean;
};

type Mine = RiskAssessment["mine"][number];

/** The form as the organisation last answered it, or empty (and unnamed) the first time. */
export function answerValues(mine: Mine | undefined): AnswerValues {
  const ratings = Object.fromEntries(
    riskCategories.map((category) => {
      const given = mine?.ratings.find((r) => r.category === category);
      return [
        category,
        given
          ? { likelihood: String(given.likelihood), impact: String(given.impact) }
          : { likelihood: "", impact: "" },
      ];
    }),
  ) as Record<RiskCategory, RatingValue>;
  return {
    ratings,
    mitigations: mine?.mitigations.length ? [...mine.mitigations] : [""],
    shareByName: mine?.shareByName ?? false,
  };
}

/** Categories rated in part: one score given without the other. */
export function halfRated(values: AnswerValues): RiskCategory[] {
  return riskCategories.filter((c) => {
    const r = values.ratings[c];
    return (r.likelihood === "") !== (r.impact === "");
  });
}

/** What the API takes: rated categories only, mitigations without blank lines. */
export function toResponse(values: AnswerValues): RiskResponseInput {
  return {
    ratings: riskCategories.flatMap((category) => {
      const r = values.ratings[category];
      return r.likelihood && r.impact
        ? [{ category, likelihood: Number(r.likelihood), impact: Number(r.impact) }]
        : [];
    }),
    mitigations: values.mitigations.map((m) => m.trim()).filter((m) => m.length > 0),
    shareByName: values.shareByName,
  };
}
