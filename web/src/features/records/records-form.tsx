import { SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../components/FormSection.tsx";
import { KindFields } from "./records-form-fields.tsx";
import {
  KindChoice,
  type OwnerChoice,
  OwnerField,
  RecordFormFrame,
  useRecordForm,
} from "./records-form-shell.tsx";
import type { RecordFormValues } from "./records-form-values.ts";
import { SharingSection } from "./records-sharing.tsx";

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
  const form = useRecordForm(initial, withSharing);
  const v = form.values;

  return (
    <RecordFormFrame
      form={form}
      onSubmit={onSubmit}
      feedback={feedback}
      cancel={cancel}
      submitLabel={submitLabel}
      pending={pending}
    >
      {owners && (
        <FormSection title={t("form.sections.record")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <OwnerField
              form={form}
              owners={owners}
              // Coalitions are the owner's: another owner has others.
              onChange={() => form.setFieldValue("coalitionIds", [])}
            />
          </SimpleGrid>
          <KindChoice form={form} />
        </FormSection>
      )}
      <KindFields form={form} editing={editing} />
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
    </RecordFormFrame>
  );
}
