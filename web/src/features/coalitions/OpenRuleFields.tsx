import { Group, NativeSelect, NumberInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ProposalRulesInput } from "../../../../shared/decisions/rules.ts";
import { thresholdPresets, type ThresholdPreset } from "./charter-values.ts";

// The methods a charter itself can name; the proposal form offers the others as well.
const openMethods = ["consent", "consensus", "majority", "supermajority"] as const;

export type OpenRule = {
  method: (typeof openMethods)[number];
  /** Whole percent of eligible organisations. */
  quorumPercent: number;
  threshold: ThresholdPreset;
};

export const defaultOpenRule: OpenRule = {
  method: "consent",
  quorumPercent: 50,
  threshold: "2/3",
};

export function toOpenRules(rule: OpenRule): ProposalRulesInput {
  const quorum = Math.min(100, Math.max(0, Math.round(rule.quorumPercent || 0))) / 100;
  if (rule.method === "majority") return { kind: "majority", quorum, threshold: { of: "cast" } };
  if (rule.method === "supermajority") {
    const [numerator = 2, denominator = 3] = rule.threshold.split("/").map(Number);
    return {
      kind: "supermajority",
      quorum,
      threshold: { ratio: numerator / denominator, of: "cast" },
    };
  }
  return { kind: rule.method, quorum };
}

/**
 * How a charter amendment or a removal is decided where the charter leaves the method to
 * each proposal: the method, its quorum and, for a supermajority, the share needed.
 */
export function OpenRuleFields({
  value,
  onChange,
}: {
  value: OpenRule;
  onChange: (rule: OpenRule) => void;
}) {
  const { t } = useTranslation("coalitions");
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <NativeSelect
        label={t("rule.method")}
        description={t(`method.${value.method}.explain`)}
        data={openMethods.map((method) => ({ value: method, label: t(`method.${method}.label`) }))}
        value={value.method}
        onChange={(event) => {
          const method = openMethods.find((m) => m === event.currentTarget.value);
          if (method) onChange({ ...value, method });
        }}
        style={{ flex: "1 1 100%" }}
      />
      <NumberInput
        label={t("rule.quorum")}
        description={t("rule.quorumHint")}
        min={0}
        max={100}
        step={5}
        clampBehavior="strict"
        allowDecimal={false}
        suffix=" %"
        value={value.quorumPercent}
        onChange={(quorum) => onChange({ ...value, quorumPercent: Number(quorum) || 0 })}
        style={{ flex: "1 1 12rem" }}
      />
      {value.method === "supermajority" && (
        <NativeSelect
          label={t("rule.threshold")}
          data={thresholdPresets.map((preset) => ({
            value: preset,
            label: t(`threshold.${preset.replace("/", "_")}`),
          }))}
          value={value.threshold}
          onChange={(event) => {
            const threshold = thresholdPresets.find((p) => p === event.currentTarget.value);
            if (threshold) onChange({ ...value, threshold });
          }}
          style={{ flex: "1 1 10rem" }}
        />
      )}
    </Group>
  );
}
