import { Group, Select, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RecordKind } from "../../../../shared/records/fields.ts";
import { ageBands, caseStatuses, sexes } from "../../../../shared/records/vocab.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { useRecordLabels } from "./record-labels.ts";
import { IncidentFields } from "./records-form-incident.tsx";
import {
  AddRow,
  NarrativeField,
  PlaceFields,
  type RecordForm,
  RemoveRow,
  ViolationsSelect,
  maxListRows,
  selectProps,
  useTermData,
} from "./records-form-inputs.tsx";

/**
 * The fields of the chosen kind, the same for a readable and a confidential record. `editing`
 * changes only a hint: an edit shows the point as stored, already blurred.
 */
export function KindFields({ form, editing }: { form: RecordForm; editing: boolean }) {
  const kindFields: Record<RecordKind, ReactNode> = {
    incident: <IncidentFields form={form} editing={editing} />,
    case: <CaseFields form={form} />,
    trend: <TrendFields form={form} />,
    document: <DocumentFields form={form} />,
  };
  return kindFields[form.values.kind];
}

function CaseFields({ form }: { form: RecordForm }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const statuses = useTermData(caseStatuses);
  const sexData = useTermData(sexes);
  const ageData = useTermData(ageBands);
  const v = form.values;
  return (
    <>
      <FormSection title={t("form.sections.case")}>
        <TextInput
          label={labels.field("caseCode")}
          description={t("form.caseCodeHint")}
          required
          maxLength={40}
          dir="ltr"
          {...form.getInputProps("caseCode")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={labels.field("openedOn")}
            required
            {...form.getInputProps("openedOn")}
          />
          <Select
            label={labels.field("status")}
            required
            data={statuses}
            {...selectProps(form, "status")}
          />
        </SimpleGrid>
        <PlaceFields form={form} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={labels.field("personSex")}
            data={sexData}
            clearable
            {...selectProps(form, "personSex")}
          />
          <Select
            label={labels.field("personAgeBand")}
            data={ageData}
            clearable
            {...selectProps(form, "personAgeBand")}
          />
        </SimpleGrid>
        <ViolationsSelect form={form} path="protectionConcerns" />
      </FormSection>
      <FormSection title={labels.field("referrals")} description={t("form.referralsHint")}>
        {v.referrals.map((_, i) => (
          <Group key={i} gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              label={t("form.referralService")}
              required
              maxLength={200}
              dir="auto"
              style={{ flex: "2 1 12rem" }}
              {...form.getInputProps(`referrals.${i}.service`)}
            />
            <TextInput
              type="date"
              label={t("form.referralOn")}
              required
              style={{ flex: "1 1 9rem" }}
              {...form.getInputProps(`referrals.${i}.on`)}
            />
            <RemoveRow
              label={t("form.removeReferral", { n: i + 1 })}
              onClick={() => form.removeListItem("referrals", i)}
            />
          </Group>
        ))}
        <AddRow
          disabled={v.referrals.length >= maxListRows}
          onClick={() => form.insertListItem("referrals", { service: "", on: "" })}
        >
          {t("form.addReferral")}
        </AddRow>
      </FormSection>
      <FormSection title={t("form.sections.narrative")}>
        <NarrativeField form={form} />
      </FormSection>
    </>
  );
}

function TrendFields({ form }: { form: RecordForm }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const v = form.values;
  return (
    <>
      <FormSection title={t("form.sections.trend")}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={labels.field("periodFrom")}
            required
            {...form.getInputProps("periodFrom")}
          />
          <TextInput
            type="date"
            label={labels.field("periodTo")}
            required
            min={v.periodFrom || undefined}
            {...form.getInputProps("periodTo")}
          />
        </SimpleGrid>
        <PlaceFields form={form} />
        <ViolationsSelect form={form} path="violationTypes" required />
      </FormSection>
      <FormSection title={labels.field("indicators")} description={t("form.indicatorsHint")}>
        {v.indicators.map((_, i) => (
          <Group key={i} gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              label={t("form.indicatorLabel")}
              required
              maxLength={200}
              dir="auto"
              style={{ flex: "2 1 12rem" }}
              {...form.getInputProps(`indicators.${i}.label`)}
            />
            <TextInput
              label={t("form.indicatorValue")}
              required
              inputMode="decimal"
              dir="ltr"
              style={{ flex: "1 1 7rem" }}
              {...form.getInputProps(`indicators.${i}.value`)}
            />
            <RemoveRow
              label={t("form.removeIndicator", { n: i + 1 })}
              onClick={() => form.removeListItem("indicators", i)}
            />
          </Group>
        ))}
        <AddRow
          disabled={v.indicators.length >= maxListRows}
          onClick={() => form.insertListItem("indicators", { label: "", value: "" })}
        >
          {t("form.addIndicator")}
        </AddRow>
      </FormSection>
      <FormSection title={t("form.sections.narrative")}>
        <NarrativeField form={form} />
      </FormSection>
    </>
  );
}

function DocumentFields({ form }: { form: RecordForm }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  return (
    <FormSection title={t("form.sections.document")} description={t("form.documentHint")}>
      <TextInput
        label={labels.field("title")}
        required
        maxLength={300}
        dir="auto"
        {...form.getInputProps("title")}
      />
      <Textarea
        label={labels.field("description")}
        maxLength={5000}
        autosize
        minRows={3}
        maxRows={12}
        dir="auto"
        {...form.getInputProps("description")}
      />
      <TextInput
        type="date"
        label={labels.field("documentDate")}
        {...form.getInputProps("documentDate")}
      />
    </FormSection>
  );
}
