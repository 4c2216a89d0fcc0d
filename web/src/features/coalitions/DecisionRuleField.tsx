import { Fieldset, Group, NativeSelect, NumberInput, Stack, Text } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { DecisionSubject } from "../../../../shared/coalitions.ts";
import {
  ruleMethods,
  thresholdPresets,
  type CharterForm,
  type RuleValues,
} from "./charter-values.ts";

/** How one kind of decision is taken: the method, and for proposals its quorum and threshold. */
export function DecisionRuleField({
  form,
  subject,
}: {
  form: CharterForm;
  subject: DecisionSubject;
}) {
  const { t } = useTranslation("coalitions");
  const id = useId();
  const path = `decisionRules.${subject}` as const;
  const rule: RuleValues = form.values.decisionRules[subject];
  return (
    <Fieldset
      legend={t(`subject.${subject}.label`)}
      aria-describedby={`${id}-hint`}
      styles={{ legend: { fontWeight: 700 } }}
    >
      <Stack gap="sm">
        <Text id={`${id}-hint`} size="sm" c="dimmed">
          {t(`subject.${subject}.hint`)}
        </Text>
        <NativeSelect
          label={t("rule.method")}
          data={ruleMethods.map((method) => ({
            value: method,
            label: t(`method.${method}.label`),
          }))}
          description={t(`method.${rule.method}.explain`)}
          {...form.getInputProps(`${path}.method`)}
        />
        {rule.method !== "convener" && rule.method !== "open" && (
          <Group align="flex-start" gap="sm" wrap="wrap">
            <NumberInput
              label={t("rule.quorum")}
              description={t("rule.quorumHint")}
              min={0}
              max={100}
              step={5}
              clampBehavior="strict"
              allowDecimal={false}
              suffix=" %"
              style={{ flex: "1 1 12rem" }}
              {...form.getInputProps(`${path}.quorumPercent`)}
            />
            {rule.method === "supermajority" && (
              <>
                <NativeSelect
                  label={t("rule.threshold")}
                  data={thresholdPresets.map((preset) => ({
                    value: preset,
                    label: t(`threshold.${preset.replace("/", "_")}`),
                  }))}
                  style={{ flex: "1 1 10rem" }}
                  {...form.getInputProps(`${path}.threshold`)}
                />
                <NativeSelect
                  label={t("rule.of")}
                  data={[
                    { value: "cast", label: t("rule.ofCast") },
                    { value: "eligible", label: t("rule.ofEligible") },
                  ]}
                  description={t(rule.of === "cast" ? "rule.ofCastHint" : "rule.ofEligibleHint")}
                  style={{ flex: "1 1 14rem" }}
                  {...form.getInputProps(`${path}.of`)}
                />
              </>
            )}
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
