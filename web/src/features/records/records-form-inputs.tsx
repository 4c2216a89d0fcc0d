import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  TextInput,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Term } from "../../../../shared/records/vocab.ts";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { useCountryOptions } from "../../lib/term-options.ts";
import { useRecordLabels } from "./record-labels.ts";
import { useViolationOptions } from "./records-filters.tsx";
import type { RecordFormValues } from "./records-form-values.ts";

/* The inputs that more than one kind of record uses, and the small pieces they are built of. */

export type RecordForm = UseFormReturnType<RecordFormValues>;

export const maxListRows = 50;

export function useTermData(terms: readonly Term[]) {
  const labels = useRecordLabels();
  return useMemo(
    () => terms.map((term) => ({ value: term.key, label: labels.term(terms, term.key) })),
    [terms, labels],
  );
}

/** A select whose empty value is "" in the form and null in Mantine. */
export function selectProps(form: RecordForm, path: string) {
  const props = form.getInputProps(path);
  return {
    ...props,
    value: (props.value as string) || null,
    onChange: (value: string | null) => form.setFieldValue(path, value ?? ""),
  };
}

export function RemoveRow({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" size="lg" aria-label={label} onClick={onClick}>
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  );
}

export function AddRow({
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
export function PlaceFields({ form }: { form: RecordForm }) {
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

export function NarrativeField({ form }: { form: RecordForm }) {
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

/** Violation types (an incident's or a trend's) or a case's protection concerns. */
export function ViolationsSelect({
  form,
  path,
  required,
}: {
  form: RecordForm;
  path: "violationTypes" | "protectionConcerns";
  required?: boolean;
}) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const violations = useViolationOptions();
  return (
    <MultiSelect
      label={labels.field(path)}
      required={required}
      data={violations}
      searchable
      hidePickedOptions
      nothingFoundMessage={t("filters.nothingFound")}
      comboboxProps={{ withinPortal: true }}
      {...form.getInputProps(path)}
    />
  );
}
