import {
  Alert,
  Checkbox,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { type UseFormReturnType, useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { AgreementTerms } from "../../../../shared/records/agreements-api.ts";
import {
  type ConsentUse,
  consentUses,
  fieldsOf,
  recordKinds,
} from "../../../../shared/records/fields.ts";
import { type OnwardRule, dataCategories, onwardRules } from "../../../../shared/records/terms.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { useCoalitionList } from "../../lib/coalition-data.ts";
import type { AgreementTermsView } from "./agreements-data.ts";
import { useRecordLabels } from "./record-labels.ts";

export type TermsValues = {
  title: string;
  purpose: string;
  dataCategories: string[];
  fields: string[];
  onwardRule: OnwardRule;
  onwardCoalitionId: string;
  retentionDays: number | string;
  consentRequired: ConsentUse | "none";
};
export type TermsForm = UseFormReturnType<TermsValues>;

const blank: TermsValues = {
  title: "",
  purpose: "",
  dataCategories: [],
  fields: [],
  onwardRule: "none",
  onwardCoalitionId: "",
  retentionDays: 365,
  consentRequired: "named_partners",
};

/** The form's values from an agreement's current terms, to put new terms from. */
export function valuesOf(terms: AgreementTermsView): TermsValues {
  return {
    title: terms.title,
    purpose: terms.purpose,
    dataCategories: [...terms.dataCategories],
    fields: [...terms.fields],
    onwardRule: terms.onwardRule,
    onwardCoalitionId: terms.onwardCoalitionId ?? "",
    retentionDays: terms.retentionDays,
    consentRequired: terms.consentRequired ?? "none",
  };
}

/** The terms as the API takes them. */
export function termsOf(values: TermsValues): AgreementTerms {
  return {
    title: values.title.trim(),
    purpose: values.purpose.trim(),
    dataCategories: values.dataCategories as AgreementTerms["dataCategories"],
    fields: values.fields as AgreementTerms["fields"],
    onwardRule: values.onwardRule,
    ...(values.onwardRule === "within_coalition"
      ? { onwardCoalitionId: values.onwardCoalitionId }
      : {}),
    retentionDays: Number(values.retentionDays),
    consentRequired: values.consentRequired === "none" ? null : values.consentRequired,
  };
}

/** The terms' form, blank or from the current terms, with the checks the API would make. */
export function useTermsForm(initial?: TermsValues) {
  const { t } = useTranslation("agreements");
  return useForm<TermsValues>({
    initialValues: initial ?? blank,
    validate: {
      title: (v) => (v.trim() ? null : t("form.validation.title")),
      purpose: (v) => (v.trim() ? null : t("form.validation.purpose")),
      dataCategories: (v) => (v.length ? null : t("form.validation.categories")),
      fields: (v) => (v.length ? null : t("form.validation.fields")),
      onwardCoalitionId: (v, values) =>
        values.onwardRule === "within_coalition" && !v ? t("form.validation.coalition") : null,
      retentionDays: (v) => {
        const n = Number(v);
        return Number.isInteger(n) && n >= 1 && n <= 3650 ? null : t("form.validation.retention");
      },
    },
  });
}

/** Which record fields may be shared, grouped by the kind of record that has them. */
function FieldChoices({ form }: { form: TermsForm }) {
  const { t } = useTranslation("agreements");
  const labels = useRecordLabels();
  const chosen = form.values.fields;
  return (
    <Stack gap="xs">
      <Alert color="blue" variant="light" title={t("form.minimumTitle")}>
        {t("form.minimum")}
      </Alert>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {recordKinds.map((kind) => {
          const own: readonly string[] = fieldsOf[kind];
          return (
            <Paper key={kind} withBorder p="sm">
              <Checkbox.Group
                label={labels.kind(kind)}
                value={chosen.filter((f) => own.includes(f))}
                onChange={(picked) =>
                  form.setFieldValue("fields", [
                    ...chosen.filter((f) => !own.includes(f)),
                    ...picked,
                  ])
                }
              >
                <Stack gap={6} mt={6}>
                  {own.map((field) => (
                    <Checkbox key={field} value={field} label={labels.field(field)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Text size="xs" c="gray.7">
        {t("form.sharedFieldsNote")}
      </Text>
      {form.errors.fields && (
        <Text size="sm" c="red.8" role="alert">
          {form.errors.fields}
        </Text>
      )}
    </Stack>
  );
}

function OnwardChoice({ form }: { form: TermsForm }) {
  const { t } = useTranslation("agreements");
  const labels = useRecordLabels();
  const coalitions = useCoalitionList();
  const inside = (coalitions.data?.items ?? []).filter((c) => c.inside);
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t("form.onward")}
        description={t("form.onwardHint")}
        value={form.values.onwardRule}
        onChange={(value) => form.setFieldValue("onwardRule", value as OnwardRule)}
      >
        <Stack gap="sm" mt="xs">
          {onwardRules.map((rule) => (
            <Radio
              key={rule}
              value={rule}
              label={labels.onwardRule(rule)}
              description={t(`onwardHelp.${rule}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {form.values.onwardRule === "within_coalition" && (
        <NativeSelect
          label={t("form.coalition")}
          description={t("form.coalitionHint")}
          data={[
            { value: "", label: t("form.chooseCoalition") },
            ...inside.map((c) => ({ value: c.id, label: c.name })),
          ]}
          {...form.getInputProps("onwardCoalitionId")}
        />
      )}
    </Stack>
  );
}

/** The terms of an agreement, as a party proposes or puts them. */
export function TermsFields({ form }: { form: TermsForm }) {
  const { t } = useTranslation("agreements");
  const labels = useRecordLabels();
  return (
    <>
      <FormSection title={t("form.sections.purpose")} description={t("form.sections.purposeHint")}>
        <TextInput
          label={t("form.title")}
          maxLength={200}
          required
          {...form.getInputProps("title")}
        />
        <Textarea
          label={t("form.purpose")}
          description={t("form.purposeHint")}
          autosize
          minRows={3}
          maxLength={5000}
          required
          {...form.getInputProps("purpose")}
        />
        <Checkbox.Group
          label={t("form.categories")}
          description={t("form.categoriesHint")}
          required
          {...form.getInputProps("dataCategories")}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
            {dataCategories.map((c) => (
              <Checkbox key={c} value={c} label={labels.dataCategory(c)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </FormSection>
      <FormSection title={t("form.sections.fields")} description={t("form.sections.fieldsHint")}>
        <FieldChoices form={form} />
      </FormSection>
      <FormSection title={t("form.sections.rules")}>
        <OnwardChoice form={form} />
        <NumberInput
          label={t("form.retention")}
          description={t("form.retentionHint")}
          min={1}
          max={3650}
          allowDecimal={false}
          w={{ base: "100%", sm: 240 }}
          {...form.getInputProps("retentionDays")}
        />
        <NativeSelect
          label={t("form.consent")}
          description={t("form.consentHint")}
          data={[
            ...consentUses.map((use) => ({ value: use, label: labels.consentUse(use) })),
            { value: "none", label: t("form.noConsent") },
          ]}
          {...form.getInputProps("consentRequired")}
        />
      </FormSection>
    </>
  );
}
