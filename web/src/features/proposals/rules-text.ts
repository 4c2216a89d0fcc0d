import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { smallestAnonymousCount } from "../../../../shared/decisions/disclosure.ts";
import { toFraction } from "../../../../shared/decisions/fractions.ts";
import type { ProposalRules } from "../../../../shared/decisions/rules.ts";

/** "two thirds" for 2/3, else "7/10" written with the reader's digits. */
export function useFractionText() {
  const { t, i18n } = useTranslation("proposals");
  return useCallback(
    (ratio: number | { numerator: number; denominator: number }) => {
      const { numerator, denominator } = typeof ratio === "number" ? toFraction(ratio) : ratio;
      const digits = new Intl.NumberFormat(i18n.language);
      return t(`fraction.${numerator}_${denominator}`, {
        defaultValue: `${digits.format(numerator)}/${digits.format(denominator)}`,
      });
    },
    [t, i18n.language],
  );
}

/**
 * A proposal's rules as sentences: how it is decided, the quorum, and what stays hidden.
 * Each sentence stands alone, so translations never stitch half-sentences together.
 */
export function useRulesText() {
  const { t, i18n } = useTranslation("proposals");
  const fraction = useFractionText();
  return useCallback(
    (rules: ProposalRules, settings: { hiddenResults: boolean; anonymous: boolean }) => {
      const percent = new Intl.NumberFormat(i18n.language, { style: "percent" });
      const number = new Intl.NumberFormat(i18n.language);
      const sentences: string[] = [];
      switch (rules.kind) {
        case "majority":
          sentences.push(t(`rules.majority.${rules.threshold.of}`));
          break;
        case "supermajority":
          sentences.push(
            t(`rules.supermajority.${rules.threshold.of}`, {
              ratio: fraction(rules.threshold.ratio),
            }),
          );
          break;
        default:
          sentences.push(t(`rules.${rules.kind}`));
      }
      sentences.push(
        rules.quorum > 0
          ? t("rules.quorum", { percent: percent.format(rules.quorum) })
          : t("rules.noQuorum"),
      );
      if (settings.hiddenResults) sentences.push(t("rules.hidden"));
      if (settings.anonymous)
        sentences.push(t("rules.anonymous", { smallest: number.format(smallestAnonymousCount) }));
      return sentences;
    },
    [t, i18n.language, fraction],
  );
}
