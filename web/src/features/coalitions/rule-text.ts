import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { DecisionRule } from "../../../../shared/coalitions.ts";

/** A charter's decision rule as sentences a coordinator reads at a glance. */
export function useRuleText() {
  const { t, i18n } = useTranslation("coalitions");
  return useCallback(
    (rule: DecisionRule) => {
      const percent = new Intl.NumberFormat(i18n.language, { style: "percent" });
      const threshold = rule.threshold
        ? t(`threshold.${rule.threshold.numerator}_${rule.threshold.denominator}`, {
            defaultValue: `${rule.threshold.numerator}/${rule.threshold.denominator}`,
          })
        : "";
      const main =
        rule.method === "supermajority"
          ? t(
              rule.threshold?.of === "eligible"
                ? "ruleText.supermajorityEligible"
                : "ruleText.supermajority",
              { threshold },
            )
          : t(`ruleText.${rule.method}`);
      return rule.method !== "convener" && rule.method !== "open" && rule.quorum > 0
        ? `${main} ${t("ruleText.quorum", { percent: percent.format(rule.quorum) })}`
        : main;
    },
    [t, i18n.language],
  );
}
