import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  informationCredibilities,
  placePrecisions,
  sourceReliabilities,
} from "../../../../shared/records/fields.ts";
import {
  type Term,
  ageBands,
  caseStatuses,
  perpetratorCategories,
  sexes,
  sourceTypes,
} from "../../../../shared/records/vocab.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { useCountryOptions } from "../../lib/term-options.ts";
import { useRecordLabels } from "./record-labels.ts";
import { useViolationOptions } from "./records-filters.tsx";
import type { RecordFormValues } from "./records-form-values.ts";

export type RecordForm = UseFormReturnType<RecordFormValues>;

const maxAffectedRows = 18;
const maxListRows = 50;

function useTermData(terms: readonly Term[]) {
  const labels = useRecordLabels();
  return useMemo(
    () => terms.map((term) => ({ value: term.key, label: labels.term(terms, term.key) })),
    [terms, labels],
  );
}

/** A select whose empty value is "" in the form and null in Mantine. */
function selectProps(form: RecordForm, path: string) {
  const props = form.getInputProps(path);
  return {
    ...props,
    value: (props.value as string) || null,
    onChange: (value: string | null) => form.setFieldValue(path, value ?? ""),
  };
}

function RemoveRow({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" size="lg" aria-label={label} onClick={onClick}>
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  );
}

function AddRow({
  children,
  onClick,
  disabled,
}: {
  children: ReactNode;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <Group>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={onClick}
        disabled={disabled}
      >
        {children}
      </Button>
    </Group>
  );
}

/** Country, and the administrative area with its P-code: shared by incidents, cases and trends. */
function PlaceFields({ form }: { form: RecordForm }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const countries = useCountryOptions();
  return (
    <>
      <Select
        label={labels.field("country")}
        required
        data={countries}
        searchable
        nothingFoundMessage={t("filters.nothingFound")}
        {...selectProps(form, "country")}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label={labels.field("adminArea")}
          description={t("form.adminAreaHint")}
          maxLength={200}
          dir="auto"
          {...form.getInputProps("areaName")}
        />
        <TextInput
          label={labels.t("pcode")}
          description={t("form.pcodeHint")}
          maxLength={20}
          dir="ltr"
          autoCapitalize="characters"
          {...form.getInputProps("areaPcode")}
        />
      </SimpleGrid>
    </>
  );
}

function NarrativeField({ form }: { form: RecordForm }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  return (
    <LocalizedTextInput
      label={labels.field("narrative")}
      description={t("form.narrativeHint")}
      value={form.values.narrative}
      onChange={(narrative) => form.setFieldValue("narrative", narrative)}
      maxLength={20_000}
      rows={5}
    />
  );
}

export function IncidentFields({ form, editing }: { form: RecordForm; editing: boolean }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const violations = useViolationOptions();
  const perpetrators = useTermData(perpetratorCategories);
  const sources = useTermData(sourceTypes);
  const sexData = useTermData(sexes);
  const ageData = useTermData(ageBands);
  const v = form.values;
  return (
    <>
      <FormSection title={t("form.sections.whenWhere")}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={labels.field("occurredOn")}
            required
            {...form.getInputProps("occurredOn")}
          />
          <TextInput
            type="date"
            label={labels.field("occurredUntil")}
            description={t("form.untilHint")}
            min={v.occurredOn || undefined}
            {...form.getInputProps("occurredUntil")}
          />
        </SimpleGrid>
        <PlaceFields form={form} />
        <TextInput
          label={labels.field("placeText")}
          description={t("form.placeTextHint")}
          maxLength={500}
          dir="auto"
          {...form.getInputProps("placeText")}
        />
        <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0, minInlineSize: 0 }}>
          <Text component="legend" fw={500} size="sm" p={0}>
            {labels.field("coordinates")}
          </Text>
          <Text size="sm" c="gray.7">
            {t(editing ? "form.coordinatesHintEdit" : "form.coordinatesHint")}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t("form.latitude")}
              inputMode="decimal"
              dir="ltr"
              placeholder="15.3694"
              {...form.getInputProps("lat")}
            />
            <TextInput
              label={t("form.longitude")}
              inputMode="decimal"
              dir="ltr"
              placeholder="44.1910"
              {...form.getInputProps("lon")}
            />
          </SimpleGrid>
          <Radio.Group label={t("form.precision")} {...form.getInputProps("precision")}>
            <Stack gap={6} mt={6}>
              {placePrecisions.map((p) => (
                <Radio
                  key={p}
                  value={p}
                  label={labels.t(`precision.${p}`)}
                  description={t(`form.precisionHint.${p}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        </Stack>
      </FormSection>
      <FormSection title={t("form.sections.what")}>
        <MultiSelect
          label={labels.field("violationTypes")}
          required
          data={violations}
          searchable
          hidePickedOptions
          nothingFoundMessage={t("filters.nothingFound")}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("violationTypes")}
        />
        <Select
          label={labels.field("perpetratorCategory")}
          data={perpetrators}
          clearable
          {...selectProps(form, "perpetratorCategory")}
        />
        <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0, minInlineSize: 0 }}>
          <Text component="legend" fw={500} size="sm" p={0}>
            {labels.field("affected")}
          </Text>
          <Text size="sm" c="gray.7">
            {t("form.affectedHint")}
          </Text>
          {v.affected.map((_, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="wrap">
              <Select
                label={t("form.sex")}
                required
                data={sexData}
                style={{ flex: "1 1 8rem" }}
                {...selectProps(form, `affected.${i}.sex`)}
              />
              <Select
                label={t("form.ageBand")}
                required
                data={ageData}
                style={{ flex: "1 1 8rem" }}
                {...selectProps(form, `affected.${i}.ageBand`)}
              />
              <NumberInput
                label={t("form.count")}
                required
                min={1}
                max={1_000_000}
                allowDecimal={false}
                allowNegative={false}
                style={{ flex: "1 1 6rem" }}
                {...form.getInputProps(`affected.${i}.count`)}
                onChange={(value) => form.setFieldValue(`affected.${i}.count`, String(value))}
              />
              <RemoveRow
                label={t("form.removeAffected", { n: i + 1 })}
                onClick={() => form.removeListItem("affected", i)}
              />
            </Group>
          ))}
          <AddRow
            disabled={v.affected.length >= maxAffectedRows}
            onClick={() => form.insertListItem("affected", { sex: "", ageBand: "", count: "1" })}
          >
            {t("form.addAffected")}
          </AddRow>
        </Stack>
      </FormSection>
      <FormSection title={t("form.sections.source")} description={t("form.sourceHint")}>
        <Select
          label={labels.field("sourceType")}
          data={sources}
          clearable
          {...selectProps(form, "sourceType")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Radio.Group
            label={labels.field("sourceReliability")}
            {...form.getInputProps("sourceReliability")}
          >
            <Stack gap={6} mt={6}>
              <Radio value="" label={t("form.notGraded")} />
              {sourceReliabilities.map((r) => (
                <Radio key={r} value={r} label={labels.t(`reliability.${r}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group
            label={labels.field("informationCredibility")}
            {...form.getInputProps("informationCredibility")}
          >
            <Stack gap={6} mt={6}>
              <Radio value="" label={t("form.notGraded")} />
              {informationCredibilities.map((c) => (
                <Radio key={c} value={String(c)} label={labels.t(`credibility.${c}`)} />
              ))}
            </Stack>
          </Radio.Group>
        </SimpleGrid>
      </FormSection>
      <FormSection title={t("form.sections.narrative")}>
        <NarrativeField form={form} />
      </FormSection>
    </>
  );
}

export function CaseFields({ form }: { form: RecordForm }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const violations = useViolationOptions();
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
        <MultiSelect
          label={labels.field("protectionConcerns")}
          data={violations}
          searchable
          hidePickedOptions
          nothingFoundMessage={t("filters.nothingFound")}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("protectionConcerns")}
        />
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

export function TrendFields({ form }: { form: RecordForm }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const violations = useViolationOptions();
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
        <MultiSelect
          label={labels.field("violationTypes")}
          required
          data={violations}
          searchable
          hidePickedOptions
          nothingFoundMessage={t("filters.nothingFound")}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("violationTypes")}
        />
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

export function DocumentFields({ form }: { form: RecordForm }) {
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
