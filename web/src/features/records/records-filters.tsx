import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { recordKinds } from "../../../../shared/records/fields.ts";
import { violationTypes } from "../../../../shared/records/vocab.ts";
import { useCountryOptions } from "../../lib/term-options.ts";
import { useRecordLabels } from "./record-labels.ts";
import type { RecordsFilters } from "./records-search.ts";

export const noFilters: Record<keyof RecordsFilters, undefined> = {
  organizationId: undefined,
  kind: undefined,
  country: undefined,
  violationType: undefined,
  from: undefined,
  to: undefined,
};

export type OrganizationOption = { id: string; name: string };

/** Violation types as options in the reader's language, in the vocabulary's order. */
export function useViolationOptions() {
  const labels = useRecordLabels();
  return useMemo(
    () => violationTypes.map((v) => ({ value: v.key, label: labels.term(violationTypes, v.key) })),
    [labels],
  );
}

/**
 * The filters of the records list and of the statistics, kept in the address: each change
 * replaces the address, so back leaves the page rather than undoing one filter at a time.
 */
export function RecordsFilterBar({
  filters,
  onChange,
  organizations,
  withKind = true,
}: {
  filters: RecordsFilters;
  onChange: (patch: Partial<RecordsFilters>) => void;
  /** The organisations offered: the reader's own, and the one in the address if another. */
  organizations: readonly OrganizationOption[];
  withKind?: boolean;
}) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const countries = useCountryOptions();
  const violations = useViolationOptions();
  const titleId = useId();
  const set = (key: keyof RecordsFilters) => (value: string | null) =>
    onChange({ [key]: value || undefined });
  const active = Object.entries(filters).some(
    ([key, value]) => key in noFilters && value !== undefined,
  );
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t("filters.title")}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          {organizations.length > 0 && (
            <Select
              label={t("filters.organization")}
              placeholder={t("filters.anyOrganization")}
              data={organizations.map((o) => ({ value: o.id, label: o.name }))}
              value={filters.organizationId ?? null}
              onChange={set("organizationId")}
              searchable
              clearable
              nothingFoundMessage={t("filters.nothingFound")}
            />
          )}
          {withKind && (
            <Select
              label={t("filters.kind")}
              placeholder={t("filters.anyKind")}
              data={recordKinds.map((k) => ({ value: k, label: labels.kind(k) }))}
              value={filters.kind ?? null}
              onChange={set("kind")}
              clearable
            />
          )}
          <Select
            label={t("filters.country")}
            placeholder={t("filters.anyCountry")}
            data={countries}
            value={filters.country ?? null}
            onChange={set("country")}
            searchable
            clearable
            nothingFoundMessage={t("filters.nothingFound")}
          />
          <Select
            label={t("filters.violationType")}
            placeholder={t("filters.anyViolation")}
            data={violations}
            value={filters.violationType ?? null}
            onChange={set("violationType")}
            searchable
            clearable
            nothingFoundMessage={t("filters.nothingFound")}
          />
          <TextInput
            type="date"
            label={t("filters.from")}
            value={filters.from ?? ""}
            max={filters.to}
            onChange={(event) => set("from")(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t("filters.to")}
            value={filters.to ?? ""}
            min={filters.from}
            onChange={(event) => set("to")(event.currentTarget.value)}
          />
        </SimpleGrid>
        {active && (
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={() => onChange(noFilters)}>
              {t("filters.clear")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
