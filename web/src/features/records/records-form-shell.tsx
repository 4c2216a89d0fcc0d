import { Alert, Button, Group, Radio, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { type UseFormReturnType, useForm } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type RecordKind, recordKinds } from "../../../../shared/records/fields.ts";
import { FormError } from "../../components/FormError.tsx";
import { ApiError } from "../../lib/api.ts";
import { focusFirstInvalid } from "../../lib/page.ts";
import { useRecordLabels } from "./record-labels.ts";
import type { RecordForm } from "./records-form-inputs.tsx";
import { type RecordFormValues, problemsOf } from "./records-form-values.ts";

/*
 * What the readable and the confidential record forms share around their fields: the checks,
 * the owner and kind of a new record, the buttons, the page's heading and the edit conflict.
 */

/** The form over the given values, checked as any record is; sharing only where it is offered. */
export function useRecordForm<T extends RecordFormValues>(initial: T, checksSharing: boolean) {
  const { t } = useTranslation("records");
  return useForm<T>({
    initialValues: initial,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(problemsOf(values))
          // Sharing is not checked when the form does not offer it.
          .filter(([key]) => checksSharing || key !== "coalitionIds")
          .map(([key, problem]) => [key, t(`form.problem.${problem}`)]),
      ),
  });
}

export type OwnerChoice = { id: string; name: string };

/** The new record's owner: chosen among several, or named when there is one. */
export function OwnerField({
  form,
  owners,
  onChange,
}: {
  form: RecordForm;
  owners: readonly OwnerChoice[];
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation("records");
  if (owners.length > 1)
    return (
      <Select
        label={t("form.owner")}
        description={t("form.ownerHint")}
        required
        data={owners.map((o) => ({ value: o.id, label: o.name }))}
        searchable
        nothingFoundMessage={t("filters.nothingFound")}
        {...form.getInputProps("ownerOrganizationId")}
        value={form.values.ownerOrganizationId || null}
        onChange={(id) => {
          form.setFieldValue("ownerOrganizationId", id ?? "");
          onChange(id ?? "");
        }}
      />
    );
  return (
    <div>
      <Text size="sm" fw={500}>
        {t("form.owner")}
      </Text>
      <Text>
        <bdi>{owners[0]?.name}</bdi>
      </Text>
    </div>
  );
}

/** The new record's kind, each with what it is for. */
export function KindChoice({ form }: { form: RecordForm }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  return (
    <Radio.Group
      label={t("form.kind")}
      value={form.values.kind}
      onChange={(kind) => form.setFieldValue("kind", kind as RecordKind)}
      required
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
        {recordKinds.map((k) => (
          <Radio key={k} value={k} label={labels.kind(k)} description={t(`form.kindHint.${k}`)} />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

/**
 * The form element around the sections: the note on required fields first, and last the
 * server's answer (`feedback`) right above cancel and submit.
 */
export function RecordFormFrame<T extends RecordFormValues>({
  form,
  onSubmit,
  children,
  feedback,
  cancel,
  submitLabel,
  pending,
  disabled,
}: {
  form: UseFormReturnType<T>;
  onSubmit: (values: T) => void;
  children: ReactNode;
  feedback?: ReactNode;
  cancel: ReactNode;
  submitLabel: string;
  pending: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation("records");
  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit, () => focusFirstInvalid())}>
      <Stack gap="lg">
        <Text size="sm" c="gray.7">
          {t("form.requiredNote")}
        </Text>
        {children}
        {feedback}
        <Group justify="flex-end" gap="sm">
          {cancel}
          <Button type="submit" loading={pending} disabled={disabled}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A record form page: its title and what it does, above the form. */
export function RecordFormPage({
  title,
  lead,
  children,
}: {
  title: string;
  lead: string;
  children: ReactNode;
}) {
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        <Text>{lead}</Text>
      </Stack>
      {children}
    </Stack>
  );
}

/**
 * Why saving an edit failed. A 409 means someone saved a newer version first: nothing was
 * saved, and the way to read it again is offered; anything else is the server's answer.
 */
export function EditSaveError({
  save,
  onReload,
  conflictTitle,
  conflictText,
  reloadLabel,
}: {
  save: { error: unknown; reset: () => void };
  onReload: () => void;
  conflictTitle: string;
  conflictText: string;
  reloadLabel: string;
}) {
  if (!(save.error instanceof ApiError && save.error.status === 409))
    return <FormError error={save.error} />;
  return (
    <Alert color="red" role="alert" title={conflictTitle}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{conflictText}</Text>
        <Button
          variant="default"
          size="sm"
          onClick={() => {
            save.reset();
            onReload();
          }}
        >
          {reloadLabel}
        </Button>
      </Stack>
    </Alert>
  );
}
