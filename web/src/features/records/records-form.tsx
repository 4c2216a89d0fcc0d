import { Button, Group, Radio, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type RecordKind, recordKinds } from "../../../../shared/records/fields.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { focusFirstInvalid } from "../../lib/page.ts";
import { useRecordLabels } from "./record-labels.ts";
import { CaseFields, DocumentFields, IncidentFields, TrendFields } from "./records-form-fields.tsx";
import { type RecordFormValues, problemsOf } from "./records-form-values.ts";
import { SharingSection } from "./records-sharing.tsx";

export type OwnerChoice = { id: string; name: string };

/**
 * The record form for every kind: a new record (its owner and kind chosen here) or an edit
 * (owner and kind fixed). The sharing section shows when the reader may change who reads it.
 */
export function RecordForm({
  initial,
  owners,
  editing,
  withSharing,
  submitLabel,
  pending,
  onSubmit,
  cancel,
  feedback,
}: {
  initial: RecordFormValues;
  /** For a new record: the organisations it may belong to. */
  owners?: readonly OwnerChoice[];
  editing: boolean;
  withSharing: boolean;
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: RecordFormValues) => void;
  cancel: ReactNode;
  /** The server's answer (an error, a conflict), shown right above the buttons. */
  feedback?: ReactNode;
}) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const form = useForm<RecordFormValues>({
    initialValues: initial,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(problemsOf(values))
          // Sharing is not checked when the form does not offer it.
          .filter(([key]) => withSharing || key !== "coalitionIds")
          .map(([key, problem]) => [key, t(`form.problem.${problem}`)]),
      ),
  });
  const v = form.values;
  const kindFields: Record<RecordKind, ReactNode> = {
    incident: <IncidentFields form={form} editing={editing} />,
    case: <CaseFields form={form} />,
    trend: <TrendFields form={form} />,
    document: <DocumentFields form={form} />,
  };

  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit, () => focusFirstInvalid())}>
      <Stack gap="lg">
        <Text size="sm" c="gray.7">
          {t("form.requiredNote")}
        </Text>
        {owners && (
          <FormSection title={t("form.sections.record")}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {owners.length > 1 ? (
                <Select
                  label={t("form.owner")}
                  description={t("form.ownerHint")}
                  required
                  data={owners.map((o) => ({ value: o.id, label: o.name }))}
                  searchable
                  nothingFoundMessage={t("filters.nothingFound")}
                  {...form.getInputProps("ownerOrganizationId")}
                  value={v.ownerOrganizationId || null}
                  onChange={(id) => {
                    form.setFieldValue("ownerOrganizationId", id ?? "");
                    // Coalitions are the owner's: another owner has others.
                    form.setFieldValue("coalitionIds", []);
                  }}
                />
              ) : (
                <div>
                  <Text size="sm" fw={500}>
                    {t("form.owner")}
                  </Text>
                  <Text>
                    <bdi>{owners[0]?.name}</bdi>
                  </Text>
                </div>
              )}
            </SimpleGrid>
            <Radio.Group
              label={t("form.kind")}
              value={v.kind}
              onChange={(kind) => form.setFieldValue("kind", kind as RecordKind)}
              required
            >
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
                {recordKinds.map((k) => (
                  <Radio
                    key={k}
                    value={k}
                    label={labels.kind(k)}
                    description={t(`form.kindHint.${k}`)}
                  />
                ))}
              </SimpleGrid>
            </Radio.Group>
          </FormSection>
        )}
        {kindFields[v.kind]}
        {!withSharing && editing && (
          <Text size="sm" c="gray.7">
            {t("form.sharingNotYours")}
          </Text>
        )}
        {withSharing && (
          <SharingSection
            value={v}
            onChange={(patch) => form.setValues(patch)}
            ownerId={v.ownerOrganizationId}
            coalitionError={form.errors.coalitionIds}
          />
        )}
        {feedback}
        <Group justify="flex-end" gap="sm">
          {cancel}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
