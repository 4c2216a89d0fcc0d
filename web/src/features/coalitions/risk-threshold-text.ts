import { useTranslation } from "react-i18next";
import type { Charter } from "../../../../shared/coalitions.ts";
import { riskCategories } from "../../../../shared/risk/heatmap.ts";

/** "Access to affected people: above 12; Safety of staff and partners: above 9", in the reader's language. */
export function useRiskThresholdText() {
  const { t } = useTranslation(["coalitions", "risk"]);
  return (thresholds: Charter["riskThresholds"]) =>
    riskCategories
      .filter((c) => thresholds?.[c] !== undefined)
      .map((c) =>
        t("charter.riskThreshold", {
          category: t(`risk:category.${c}.label`),
          score: thresholds?.[c],
        }),
      )
      .join(t("charter.listSeparator"));
}
