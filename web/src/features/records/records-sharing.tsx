import { Alert, Checkbox, MultiSelect, Radio, Stack, Text } from "@mantine/core";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ReadableClassification } from "../../../../shared/records/fields.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { useRecordLabels } from "./record-labels.ts";
import { useOrganizationNames, useOwnerCoalitions } from "./records-data.ts";
import type { SharingValues } from "./records-form-values.ts";
import { OrganizationsPicker } from "./records-organization-picker.tsx";

/** The safest first: a record is shared wider only by choosing to. */
const classificationOrder: readonly ReadableClassification[] = [
  "restricted",
  "coalition",
  "public",
];

/**
 * Who may read a record (or every record of an import): restricted to the owner unless
 * organisations are named, the owner's coalitions, or everyone. The choice is explained
 * beside each option, and each widening says what it means before it is saved.
 */
export function SharingSection({
  value,
  onChange,
  ownerId,
  coalitionError,
  description,
}: {
  value: SharingValues;
  onChange: (patch: Partial<SharingValues>) => void;
  ownerId: string;
  coalitionError?: ReactNode;
  description?: string;
}) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const owner = useOwnerCoalitions(ownerId || undefined);
  const namedOrganizations = useOrganizationNames(value.restrictedTo);
  // A coalition the record already names stays choosable even if the list does not hold it.
  const coalitionOptions = useMemo(() => {
    const options = owner.coalitions.map((c) => ({ value: c.id, label: c.name }));
    for (const id of value.coalitionIds)
      if (!options.some((o) => o.value === id))
        options.push({ value: id, label: t("sharing.unnamedCoalition") });
    return options;
  }, [owner.coalitions, value.coalitionIds, t]);

  return (
    <FormSection title={t("sharing.title")} description={description ?? t("sharing.lead")}>
      <Radio.Group
        label={t("sharing.classification")}
        value={value.classification}
        onChange={(next) => onChange({ classification: next as ReadableClassification })}
      >
        <Stack gap="sm" mt="xs">
          {classificationOrder.map((c) => (
            <Radio
              key={c}
              value={c}
              label={labels.classification(c)}
              description={labels.t(`classificationHelp.${c}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {value.classification === "restricted" && (
        <OrganizationsPicker
          label={t("sharing.restrictedTo")}
          description={t("sharing.restrictedToHint")}
          value={value.restrictedTo}
          onChange={(restrictedTo) => onChange({ restrictedTo })}
          known={namedOrganizations}
          exclude={ownerId ? [ownerId] : []}
        />
      )}
      {value.classification === "coalition" &&
        (!owner.isPending && coalitionOptions.length === 0 ? (
          <Alert color="red" role="alert">
            {t("sharing.noCoalitions")}
          </Alert>
        ) : (
          <MultiSelect
            label={t("sharing.coalitions")}
            description={t("sharing.coalitionsHint")}
            data={coalitionOptions}
            value={value.coalitionIds}
            onChange={(coalitionIds) => onChange({ coalitionIds })}
            placeholder={owner.isPending ? t("common:app.loading") : undefined}
            required
            error={coalitionError}
            hidePickedOptions
            searchable
            nothingFoundMessage={t("filters.nothingFound")}
            comboboxProps={{ withinPortal: true }}
          />
        ))}
      {value.classification === "public" && (
        <Alert color="red" variant="light" title={t("sharing.publicTitle")}>
          {t("sharing.publicWarning")}
        </Alert>
      )}
      <Checkbox
        label={t("sharing.readersAll")}
        description={t("sharing.readersAllHint")}
        checked={value.readersAll}
        onChange={(event) => onChange({ readersAll: event.currentTarget.checked })}
      />
      <Text size="sm" c="gray.7">
        {t("sharing.later")}
      </Text>
    </FormSection>
  );
}
