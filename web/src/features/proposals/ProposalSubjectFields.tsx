import { Alert, List, Radio, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { decisionFor } from "../../../../shared/decisions/charter-rule.ts";
import { ProposalKindFields } from "./ProposalKindFields.tsx";
import { formSubjects, type ProposalValues } from "./proposal-form-values.ts";
import { useRulesText } from "./rules-text.ts";

export type Decision = ReturnType<typeof decisionFor>;

/**
 * What the proposal decides and how: the charter's own rule, read-only, where it fixes one
 * for that kind of decision; a word that the convener decides alone where it says so; and
 * the choice of method where the charter leaves it to the proposal (always for a general one).
 */
export function ProposalSubjectFields({
  form,
  decision,
}: {
  form: UseFormReturnType<ProposalValues>;
  decision: Decision;
}) {
  const { t } = useTranslation("proposals");
  const rulesText = useRulesText();
  const { subject } = form.values;
  return (
    <Stack gap="md">
      <Radio.Group label={t("form.subject")} {...form.getInputProps("subject")}>
        <Stack gap="sm" mt="xs">
          {formSubjects.map((s) => (
            <Radio
              key={s}
              value={s}
              label={t(`form.subjects.${s}.label`)}
              description={t(`form.subjects.${s}.explain`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {decision.by === "charter" && (
        <Alert color="teal" variant="light" title={t(`form.byCharter.${subject}`)}>
          <List size="sm" spacing={4}>
            {rulesText(decision.rules, { hiddenResults: false, anonymous: false }).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {decision.by === "convener" && (
        <Alert color="blue" variant="light" role="status">
          {t(`form.byConvener.${subject}`)}
        </Alert>
      )}
      {decision.by === "proposal" && (
        <>
          {subject !== "general" && <Text size="sm">{t(`form.openByCharter.${subject}`)}</Text>}
          <ProposalKindFields form={form} />
        </>
      )}
    </Stack>
  );
}
